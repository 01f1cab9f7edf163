#pragma once

#include "security/ApiActionDialog.h"

#include <QPointer>

namespace pd {

class PlainTextLabel;
class QrCodeWidget;
class ReauthenticateDialog;
class TotpCodeEdit;

// Turns on two-factor authentication: asks the server for a new secret
// (POST /auth/totp/enrol), shows it as a QR code and as text to type into an
// authenticator app, then confirms with a code from the app
// (POST /auth/totp/confirm). The secret is only held in this dialog. The
// server wants a recent re-authentication for both steps: when it asks, the
// user confirms it is them and the step is sent again.
class EnableTwoFactorDialog : public ApiActionDialog
{
    Q_OBJECT
public:
    explicit EnableTwoFactorDialog(AppServices *services, QWidget *parent = nullptr);

    // Starts the enrolment (when the dialog is shown).
    void enrol();

    QrCodeWidget *qrCode() const { return m_qr; }
    // Step 1: "Scan this QR code...", or why there is none.
    PlainTextLabel *scanLabel() const { return m_scan; }
    PlainTextLabel *secretLabel() const { return m_secret; }
    TotpCodeEdit *codeEdit() const { return m_code; }
    QPushButton *confirmButton() const { return m_confirm; }
    // The "confirm it is you" dialog while it is open.
    ReauthenticateDialog *reauthenticateDialog() const { return m_reauthenticate; }
    // The secret as shown, grouped in fours for reading ("ABCD EFGH ...").
    static QString groupedSecret(const QString &secret);

protected:
    void showEvent(QShowEvent *event) override;
    void updateActions() override;

private:
    void confirm();
    // send(), and on 403 reauthentication-required: asks the user to
    // confirm it is them, then sends `request` (same Idempotency-Key) once more.
    void sendConfirmingIdentity(ApiRequest request, const QString &progressText,
                                const std::function<void(const ApiResult &)> &done,
                                bool confirmed = false);

    // Without the QR code module: the key as text only, and why.
    void showWithoutQrCode();

    QWidget *m_setup;
    PlainTextLabel *m_scan;
    PlainTextLabel *m_manual;
    QrCodeWidget *m_qr;
    PlainTextLabel *m_secret;
    TotpCodeEdit *m_code;
    QPushButton *m_confirm;
    QPointer<ReauthenticateDialog> m_reauthenticate;
    bool m_enrolled = false;
    bool m_started = false;
};

} // namespace pd
