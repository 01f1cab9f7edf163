#pragma once

#include "dialogs/ApiActionDialog.h"

namespace pd {

class PlainTextLabel;
class QrCodeWidget;
class TotpCodeEdit;

// Turns on two-factor authentication: asks the server for a new secret
// (POST /auth/totp/enrol), shows it as a QR code and as text to type into an
// authenticator app, then confirms with a code from the app
// (POST /auth/totp/confirm). The secret is only held in this dialog.
class EnableTwoFactorDialog : public ApiActionDialog
{
    Q_OBJECT
public:
    explicit EnableTwoFactorDialog(AppServices *services, QWidget *parent = nullptr);

    // Starts the enrolment (when the dialog is shown).
    void enrol();

    QrCodeWidget *qrCode() const { return m_qr; }
    PlainTextLabel *secretLabel() const { return m_secret; }
    TotpCodeEdit *codeEdit() const { return m_code; }
    QPushButton *confirmButton() const { return m_confirm; }
    // The secret as shown, grouped in fours for reading ("ABCD EFGH ...").
    static QString groupedSecret(const QString &secret);

protected:
    void showEvent(QShowEvent *event) override;
    void updateActions() override;

private:
    void confirm();

    QWidget *m_setup;
    QrCodeWidget *m_qr;
    PlainTextLabel *m_secret;
    TotpCodeEdit *m_code;
    QPushButton *m_confirm;
    bool m_enrolled = false;
    bool m_started = false;
};

} // namespace pd
