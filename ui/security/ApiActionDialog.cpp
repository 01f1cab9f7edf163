#include "security/ApiActionDialog.h"

#include "account/Account.h"
#include "account/ServerAction.h"
#include "core/AppServices.h"
#include "dialogs/GrowToFit.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

ApiActionDialog::ApiActionDialog(AppServices *services, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_body(new QVBoxLayout)
    , m_problem(new NoticeBanner(NoticeBanner::Kind::Error, QString(), this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new PlainTextLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(title);
    GrowToFit::install(this);
    setAccessibleName(title);
    setWindowModality(Qt::WindowModal);
    // Wide enough for its wrapped explanations to read as sentences.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_problem->hide();
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();
    m_progressLabel->setAccessibleName(tr("Progress"));
    m_progressLabel->hide();
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ApiActionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

QPushButton *ApiActionDialog::addActionButton(const QString &text, const QString &accessibleName)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    button->setAccessibleName(accessibleName);
    button->setDefault(true);
    return button;
}

void ApiActionDialog::showEvent(QShowEvent *event)
{
    // The button box stands for its default button (its focus proxy, set as
    // it shows) and, made before the body, comes first in the focus chain:
    // Tab from Cancel would go back to the default button and skip the body.
    m_buttons->setFocusProxy(nullptr);
    QDialog::showEvent(event);
}

void ApiActionDialog::reject()
{
    if (QPointer<ServerAction> action = m_action) {
        m_action = nullptr;
        action->cancel();
    }
    QDialog::reject();
}

void ApiActionDialog::send(ApiRequest request, const QString &progressText,
                           std::function<void(const ApiResult &)> done)
{
    Account *account = m_services ? m_services->account() : nullptr;
    ServerAction *action = account ? account->perform(std::move(request)) : nullptr;
    if (!action) {
        showProblem(tr("Not connected to a server: sign in first."));
        return;
    }
    clearProblem();
    m_action = action;
    m_progressLabel->setText(progressText);
    m_progressLabel->show();
    m_progress->show();
    updateActions();
    connect(action, &ServerAction::finished, this, [this, action, done](const ApiResult &result) {
        if (m_action != action)
            return; // cancelled: the dialog is closing
        m_action = nullptr;
        m_progress->hide();
        m_progressLabel->hide();
        done(result);
        updateActions();
    });
}

void ApiActionDialog::showProblem(const QString &message)
{
    m_problem->showNotice(NoticeBanner::Kind::Error, message);
}

void ApiActionDialog::clearProblem()
{
    m_problem->hide();
}

QString ApiActionDialog::problemText(const ApiError &error)
{
    if (error.isProblem(QLatin1String("invalid-credentials")))
        return tr("That password or code is not right. Check it and try again.");
    if (error.isProblem(QLatin1String("validation-failed")) && !error.fieldErrors().isEmpty()) {
        QStringList messages;
        for (const ApiError::FieldError &field : error.fieldErrors())
            messages.append(field.message);
        return messages.join(QLatin1Char('\n'));
    }
    return error.userMessage();
}

} // namespace pd
