#include "requests/RequestFormDialog.h"

#include "dialogs/GrowToFit.h"
#include "requests/RequestRepository.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PlainTextLabel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace pd {

RequestFormDialog::RequestFormDialog(RequestType type, Context context, QWidget *parent)
    : QDialog(parent)
    , m_requestType(type)
    , m_type(toWireName(type))
    , m_context(std::move(context))
    , m_consequence(new PlainTextLabel(QString(), tr("What this request does"), this))
    , m_form(new QVBoxLayout)
    , m_deadline(new PlainTextLabel(QString(), tr("When to expect an answer"), this))
    , m_problem(new NoticeBanner(NoticeBanner::Kind::Warning, QString(), this))
    , m_buttons(new QDialogButtonBox(this))
{
    GrowToFit::install(this);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_consequence->hide();
    m_problem->hide();

    m_submit = m_buttons->addButton(tr("&Submit request"), QDialogButtonBox::AcceptRole);
    m_submit->setAccessibleName(tr("Submit request"));
    m_submit->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // Submit is handled here, not by QDialogButtonBox::accepted: the dialog
    // only closes once the request is safely in the outbox.
    connect(m_submit, &QPushButton::clicked, this, &RequestFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_consequence);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_deadline);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateDeadline();
}

void RequestFormDialog::showEvent(QShowEvent *event)
{
    // Widgets join the tab order as they are created, so the buttons, made
    // here, would come before every input of the subclass: put them after
    // the last focusable widget of the form (setTabOrder() ignores widgets
    // without focus).
    QWidget *last = nullptr;
    for (QWidget *widget = nextInFocusChain(); widget != this;
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() != Qt::NoFocus && !m_buttons->isAncestorOf(widget))
            last = widget;
    }
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (last)
            QWidget::setTabOrder(last, button);
        last = button;
    }
    // The button box stands for its default button (its focus proxy, set as
    // it shows) and, made before the form, comes first in the focus chain:
    // Tab from the last button would jump to the default button again and
    // never reach the form.
    m_buttons->setFocusProxy(nullptr);
    QDialog::showEvent(event);
}

void RequestFormDialog::setConsequence(const QString &text)
{
    m_consequence->setText(text);
    m_consequence->setVisible(!text.isEmpty());
}

void RequestFormDialog::setSubmitText(const QString &text, const QString &accessibleName)
{
    m_submit->setText(text);
    m_submit->setAccessibleName(accessibleName);
}

void RequestFormDialog::showProblem(const QString &text)
{
    m_problem->showNotice(NoticeBanner::Kind::Error, text);
}

void RequestFormDialog::updateDeadline()
{
    const int days =
        m_context.discovery ? m_context.discovery->requestDeadlineDays.value(m_type) : 0;
    if (days <= 0) {
        m_deadline->hide();
        return;
    }
    const QDate due = QDate::currentDate().addDays(days);
    m_deadline->setText(tr("The provider has to answer within %n day(s), by %1.", nullptr, days)
                            .arg(QLocale().toString(due, QLocale::LongFormat)));
    m_deadline->show();
}

void RequestFormDialog::revalidate()
{
    QString problem;
    const bool valid = buildPayload(&problem).has_value();
    m_submit->setEnabled(valid && m_context.requests && m_context.requests->canFile());
    if (!valid && !problem.isEmpty())
        m_problem->showNotice(NoticeBanner::Kind::Warning, problem);
    else if (m_problem->kind() == NoticeBanner::Kind::Warning)
        m_problem->hide();
}

void RequestFormDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    QString problem;
    const std::optional<QJsonObject> payload = buildPayload(&problem);
    if (!payload) {
        m_problem->showNotice(NoticeBanner::Kind::Warning, problem);
        return;
    }
    if (confirmSubmission(*payload))
        queue(*payload);
}

bool RequestFormDialog::confirmSubmission(const QJsonObject &)
{
    return true;
}

bool RequestFormDialog::queue(const QJsonObject &payload)
{
    if (!m_context.requests || !m_context.requests->canFile()) {
        showProblem(tr("The request cannot be filed: no account is open."));
        return false;
    }
    QString error;
    std::optional<OutboxItem> item = m_context.requests->file(m_requestType, payload, &error);
    if (!item) {
        showProblem(tr("The request could not be saved on this computer: %1").arg(error));
        return false;
    }
    m_queued = std::move(item);
    Q_EMIT queued(*m_queued);
    accept();
    return true;
}

} // namespace pd
