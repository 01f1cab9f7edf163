#pragma once

#include "requests/RequestFormDialog.h"

#include <QPointer>

class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pd {

class AppServices;
class CachedDocument;
class ReauthenticateDialog;

// The deletion request (type "delete"): what deleting the account means
// under the privacy policy, how long deleted data survives in backups
// (discovery backup_retention_days) and until when it can be cancelled
// (deletion_grace_days), an optional reason, and a typed confirmation: the
// account's email address (compared case-insensitively with the profile's).
// Before any of it, one step: "Export your data first?", which files an
// export of every category (or lets the user go on without), since nothing
// can be recovered after the deletion; Submit waits for that choice.
// Submit first asks the user to confirm it is them (the server refuses a
// deletion without a re-authentication in the last 5 minutes), then files
// the request through the outbox.
class DeleteAccountDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxReasonLength = 2000;

    DeleteAccountDialog(AppServices *services, Context context, QWidget *parent = nullptr);

    QLineEdit *confirmEdit() const { return m_confirm; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    PlainTextLabel *retentionLabel() const { return m_retention; }
    QGroupBox *exportStep() const { return m_exportStep; }
    PlainTextLabel *exportStepLabel() const { return m_exportText; }
    QPushButton *exportFirstButton() const { return m_exportFirst; }
    QPushButton *skipExportButton() const { return m_skipExport; }
    // The export the first step filed; nullopt when none was.
    const std::optional<OutboxItem> &exportItem() const { return m_export; }
    // The re-authentication Submit opened; null before.
    ReauthenticateDialog *reauthenticateDialog() const;
    // The profile's email address the confirmation must match (empty while
    // unknown).
    QString accountEmail() const;

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;
    bool confirmSubmission(const QJsonObject &payload) override;

private:
    enum class ExportChoice { Undecided, Exported, Skipped };

    void updateEmail();
    void exportFirst();
    void skipExport();
    static QString retentionText(const std::optional<Discovery> &discovery);

    AppServices *m_services;
    CachedDocument *m_profile;
    PlainTextLabel *m_retention;
    PlainTextLabel *m_confirmPrompt;
    QLineEdit *m_confirm;
    QPlainTextEdit *m_reason;
    PlainTextLabel *m_reasonCount;
    QPointer<ReauthenticateDialog> m_reauthenticate;
    QGroupBox *m_exportStep;
    PlainTextLabel *m_exportText;
    QPushButton *m_exportFirst;
    QPushButton *m_skipExport;
    ExportChoice m_exportChoice = ExportChoice::Undecided;
    std::optional<OutboxItem> m_export;
};

} // namespace pd
