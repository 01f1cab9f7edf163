#include "requests/OtherRequestsDialog.h"

#include "dialogs/GrowToFit.h"
#include "requests/RequestFlows.h"
#include "widgets/PlainTextLabel.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

OtherRequestsDialog::OtherRequestsDialog(const QStringList &types, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Other requests"));
    GrowToFit::install(this);
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlainTextLabel(
        tr("The privacy policy gives you these rights too. Choose the request to make; you can "
           "review it before anything is sent."),
        tr("About other requests"), this));
    for (const QString &type : types) {
        auto *button = new QCommandLinkButton(RequestFlows::actionText(type),
                                              RequestFlows::explanation(type), this);
        button->setObjectName(QStringLiteral("choose-") + type);
        button->setAccessibleName(RequestFlows::accessibleName(type));
        button->setAccessibleDescription(RequestFlows::explanation(type));
        button->setAutoDefault(false);
        layout->addWidget(button);
        connect(button, &QCommandLinkButton::clicked, this, [this, type] {
            // Closed first: RequestFlows opens one flow at a time.
            accept();
            Q_EMIT chosen(type);
        });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QCommandLinkButton *OtherRequestsDialog::choiceButton(const QString &type) const
{
    return findChild<QCommandLinkButton *>(QStringLiteral("choose-") + type);
}

} // namespace pd
