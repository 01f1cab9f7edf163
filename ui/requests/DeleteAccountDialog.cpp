#include "requests/DeleteAccountDialog.h"

#include "account/Account.h"
#include "account/PersonalData.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "requests/ExportRequestDialog.h"
#include "requests/RequestRepository.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/PlainTextLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

DeleteAccountDialog::DeleteAccountDialog(AppServices *services, Context context, QWidget *parent)
    : RequestFormDialog(RequestType::Delete, std::move(context), parent)
    , m_services(services)
    , m_profile(services->account()->personalData()->profileDocument())
    , m_retention(new PlainTextLabel(retentionText(this->context().discovery),
                                     tr("Backups and cancellation"), this))
    , m_confirmPrompt(new PlainTextLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_reasonCount(new PlainTextLabel(this))
    , m_exportStep(new QGroupBox(tr("Export your data first?"), this))
    , m_exportText(new PlainTextLabel(m_exportStep))
    , m_exportFirst(new QPushButton(tr("E&xport my data first"), m_exportStep))
    , m_skipExport(new QPushButton(tr("&Go on without an export"), m_exportStep))
{
    setWindowTitle(tr("Delete my account"));
    setAccessibleName(tr("Delete my account"));
    // The privacy policy: the account can be terminated and the personal
    // data deleted; data stays in secure backup storage for a limited period.
    setConsequence(
        tr("Deleting your account terminates it: you can no longer sign in, and the personal data "
           "you provided and the data the service holds about you (profile, messages, visits, "
           "activity logs, requests and export archives) are erased. This cannot be undone. "
           "The provider keeps only a record that the account was deleted, with a fingerprint of "
           "your email address rather than the address itself, so that it can show it honoured "
           "your request as the law requires."));

    auto *reasonLabel = new QLabel(tr("&Reason (optional):"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setAccessibleName(tr("Reason for deleting the account"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 5);
    m_reasonCount->setAccessibleName(tr("Reason length"));

    auto *confirmLabel = new QLabel(tr("&Email address:"), this);
    confirmLabel->setBuddy(m_confirm);
    m_confirm->setAccessibleName(tr("Type your account's email address to confirm"));
    m_confirm->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_confirmPrompt->setAccessibleName(tr("Confirmation"));

    m_exportText->setText(
        tr("After the deletion your data cannot be recovered, by you or by the provider. You can "
           "ask for a copy of all of it first: the export is prepared while the deletion waits, "
           "and you download it from the Requests page."));
    m_exportText->setAccessibleName(tr("Export your data first?"));
    m_exportFirst->setAccessibleName(tr("Request an export of all your data first"));
    m_skipExport->setAccessibleName(tr("Go on without an export"));
    auto *exportLayout = new QVBoxLayout(m_exportStep);
    exportLayout->addWidget(m_exportText);
    auto *exportButtons = new QHBoxLayout;
    exportButtons->addStretch();
    exportButtons->addWidget(m_skipExport);
    exportButtons->addWidget(m_exportFirst);
    exportLayout->addLayout(exportButtons);
    connect(m_exportFirst, &QPushButton::clicked, this, &DeleteAccountDialog::exportFirst);
    connect(m_skipExport, &QPushButton::clicked, this, &DeleteAccountDialog::skipExport);

    formLayout()->addWidget(m_exportStep);
    formLayout()->addWidget(m_retention);
    formLayout()->addWidget(reasonLabel);
    formLayout()->addWidget(m_reason);
    formLayout()->addWidget(m_reasonCount);
    formLayout()->addWidget(m_confirmPrompt);
    formLayout()->addWidget(confirmLabel);
    formLayout()->addWidget(m_confirm);
    setSubmitText(tr("&Delete my account…"), tr("Delete my account"));

    connect(m_confirm, &QLineEdit::textChanged, this, &DeleteAccountDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        const int length = int(m_reason->toPlainText().size());
        m_reasonCount->setText(
            tr("%1 of %2 characters")
                .arg(QLocale().toString(length), QLocale().toString(kMaxReasonLength)));
        revalidate();
    });
    connect(m_profile, &CachedDocument::changed, this, &DeleteAccountDialog::updateEmail);
    m_reasonCount->setText(
        tr("%1 of %2 characters").arg(QLocale().toString(0), QLocale().toString(kMaxReasonLength)));
    setTabOrder(m_skipExport, m_exportFirst);
    setTabOrder(m_exportFirst, m_reason);
    setTabOrder(m_reason, m_confirm);
    updateEmail();
    m_profile->load();
    // The first step comes first.
    m_exportFirst->setFocus();
    revalidate();
}

void DeleteAccountDialog::exportFirst()
{
    RequestRepository *requests = context().requests;
    if (!requests || !requests->canFile()) {
        showProblem(tr("The request cannot be filed: no account is open."));
        return;
    }
    QJsonArray categories;
    for (const QString &category : ExportRequestDialog::categories())
        categories.append(category);
    QString error;
    std::optional<OutboxItem> item =
        requests->file(RequestType::Export,
                       {{QStringLiteral("categories"), categories},
                        {QStringLiteral("format"), QStringLiteral("both")}},
                       &error);
    if (!item) {
        showProblem(tr("The export request could not be saved on this computer: %1").arg(error));
        return;
    }
    m_export = std::move(item);
    m_exportChoice = ExportChoice::Exported;
    QString text = tr("An export of all your data was requested. Download it from the Requests "
                      "page once it is ready, before your account is deleted.");
    if (context().discovery && context().discovery->deletionGraceDays <= 0)
        text += u' ' + tr("This provider deletes accounts without a grace period: the export may "
                          "not be ready in time. To be sure, close this dialog, wait for the "
                          "export and download it, then ask for the deletion.");
    m_exportText->setText(text);
    const bool hadFocus = m_exportFirst->hasFocus() || m_skipExport->hasFocus();
    m_exportFirst->hide();
    m_skipExport->hide();
    if (hadFocus)
        m_confirm->setFocus();
    revalidate();
}

void DeleteAccountDialog::skipExport()
{
    m_exportChoice = ExportChoice::Skipped;
    m_exportText->setText(tr("You chose to go on without an export. After the deletion your data "
                             "cannot be recovered."));
    const bool hadFocus = m_skipExport->hasFocus();
    m_skipExport->hide();
    if (hadFocus)
        m_confirm->setFocus();
    revalidate();
}

QString DeleteAccountDialog::retentionText(const std::optional<Discovery> &discovery)
{
    if (!discovery)
        return tr("How long deleted data stays in backups and how long the request can be "
                  "cancelled are not known yet: connect to the server to see them.");
    QString backups =
        discovery->backupRetentionDays > 0
            ? tr("Deleted data stays in the provider's secure backups for %n day(s) after the "
                 "deletion, then it is gone from there too.",
                 nullptr, discovery->backupRetentionDays)
            : tr("Deleted data is not kept in backups.");
    const QString grace =
        discovery->deletionGraceDays > 0
            ? tr("Your account is deleted %n day(s) after the request; until then you can cancel "
                 "the request on the Requests page and keep your account.",
                 nullptr, discovery->deletionGraceDays)
            : tr("There is no waiting period: the account is deleted as soon as the provider has "
                 "checked the request, and it can be cancelled on the Requests page only until "
                 "then.");
    return backups + u' ' + grace;
}

ReauthenticateDialog *DeleteAccountDialog::reauthenticateDialog() const
{
    return m_reauthenticate;
}

QString DeleteAccountDialog::accountEmail() const
{
    const std::optional<Profile> profile = PersonalData::parseProfile(m_profile->object());
    return profile ? profile->email.trimmed() : QString();
}

void DeleteAccountDialog::updateEmail()
{
    const QString email = accountEmail();
    m_confirmPrompt->setText(
        email.isEmpty() ? tr("Your account's email address is being loaded…")
                        : tr("To confirm, type the email address of your account: %1").arg(email));
    revalidate();
}

std::optional<QJsonObject> DeleteAccountDialog::buildPayload(QString *problem) const
{
    const QString email = accountEmail();
    if (email.isEmpty()) {
        *problem = tr("Your account's email address is not known yet. Wait a moment, or check "
                      "your connection.");
        return std::nullopt;
    }
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.size() > kMaxReasonLength) {
        *problem = tr("The reason is too long: at most %1 characters.")
                       .arg(QLocale().toString(kMaxReasonLength));
        return std::nullopt;
    }
    const QString typed = m_confirm->text().trimmed();
    if (typed.compare(email, Qt::CaseInsensitive) != 0) {
        // No warning while nothing is typed yet: the prompt says what to do.
        *problem =
            typed.isEmpty() ? QString() : tr("The email address does not match your account's.");
        return std::nullopt;
    }
    if (m_exportChoice == ExportChoice::Undecided) {
        *problem = tr("First choose above whether to export your data before the deletion.");
        return std::nullopt;
    }
    QJsonObject payload{{QStringLiteral("confirm_email"), typed}};
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    return payload;
}

bool DeleteAccountDialog::confirmSubmission(const QJsonObject &payload)
{
    if (m_reauthenticate) {
        m_reauthenticate->raise();
        return false;
    }
    m_reauthenticate = new ReauthenticateDialog(
        m_services,
        tr("Deleting your account needs a recent confirmation that it is you. Enter your password, "
           "or a code from your authenticator app if you use two-factor sign-in."),
        this);
    m_reauthenticate->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_reauthenticate, &QDialog::accepted, this, [this, payload] { queue(payload); });
    m_reauthenticate->open();
    return false;
}

} // namespace pd
