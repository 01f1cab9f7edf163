#pragma once

#include "profile/ProfileFields.h"
#include "requests/RequestFormDialog.h"

#include <QHash>
#include <QPointer>

class QLineEdit;
class QPushButton;

namespace pd {

class ApiError;
class AppServices;
class CachedDocument;
class DocumentCache;
class EditSummaryDialog;
class NoticeBanner;
class PlainTextLabel;

// Asks for wrong or outdated profile data to be corrected (an `edit` request:
// {changes: JSON merge patch of only the changed fields, expected_etag}).
// The form starts from the current profile (the cached copy at once, then the
// server's); a phone number may be typed the local way and is filed in
// E.164. Submit first checks the profile again: if it changed elsewhere, the
// form takes over what changed, keeps the user's own edits, shows both, and
// nothing is filed until the user submits again; otherwise a before/after
// summary is confirmed. A correction the server refused because the profile
// had changed (412) is offered again for re-applying.
class EditRequestDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    using Field = ProfileFields::Field;

    // `services` (not owned) gives the account's profile document.
    EditRequestDialog(AppServices *services, Context context, QWidget *parent = nullptr);
    ~EditRequestDialog() override;

    QLineEdit *edit(Field field) const { return m_edits.value(field); }
    // Opens the email change (the address field itself is read-only).
    QPushButton *changeEmailButton() const { return m_changeEmail; }
    // Fetches the profile again (after the email changed elsewhere).
    void refreshProfile();
    // The address an email change waits to have confirmed; empty when none.
    QString pendingEmail() const;
    PlainTextLabel *phoneHint() const { return m_phoneHint; }
    PlainTextLabel *emailNote() const { return m_emailNote; }
    // What changed elsewhere and the conflicts with the user's edits.
    NoticeBanner *conflictBanner() const { return m_conflict; }
    // The offer to re-apply a correction refused with 412.
    NoticeBanner *reapplyBanner() const { return m_reapply; }
    // The before/after summary while it is open.
    EditSummaryDialog *summaryDialog() const;
    // Whether the form holds the profile (cached or fresh).
    bool hasProfile() const { return m_loaded; }
    QByteArray baseEtag() const { return m_baseEtag; }

Q_SIGNALS:
    // The user wants to change the sign-in email: not a correction request.
    void changeEmailRequested();

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;
    bool confirmSubmission(const QJsonObject &payload) override;

private:
    void buildForm();
    QLineEdit *addEdit(Field field, int maxLength);
    ProfileFields typed() const;
    void fill(const ProfileFields &fields, const QList<Field> &only);
    void onInputChanged();
    void updateHints();
    void onProfile();
    void onProfileFailed(const ApiError &error);
    void showRebase(const QList<Field> &changedElsewhere, const QList<Field> &conflicts,
                    const ProfileFields &before, const ProfileFields &now);
    void offerReapply();
    void reapply();
    void openSummary();

    QPointer<DocumentCache> m_documents;
    CachedDocument *m_profile;
    QHash<Field, QLineEdit *> m_edits;
    PlainTextLabel *m_emailNote = nullptr;
    QPushButton *m_changeEmail = nullptr;
    PlainTextLabel *m_phoneHint = nullptr;
    PlainTextLabel *m_countryName = nullptr;
    NoticeBanner *m_conflict = nullptr;
    NoticeBanner *m_reapply = nullptr;
    QPointer<EditSummaryDialog> m_summary;
    ProfileFields m_base;
    QByteArray m_baseEtag;
    QJsonObject m_reapplyChanges;
    bool m_loaded = false;
    bool m_filling = false;
    bool m_verifying = false;
};

} // namespace pd
