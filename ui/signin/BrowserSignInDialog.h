#pragma once

#include "auth/OidcAuthorization.h"
#include "common/ApiError.h"
#include "discovery/Discovery.h"

#include <QDialog>
#include <QUrl>

#include <chrono>

class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd {

class ApiClient;
class PlainTextLabel;

// The wait while the user signs in at an identity provider in the system
// browser (one OidcAuthorization): says what is happening, offers the link
// again (open or copy) for when the browser did not come up, and Cancel,
// which ends the attempt and with it the app's loopback listener. Open it
// with start(): window-modal, no nested event loop.
//
// Succeeded, authorized() follows and the dialog is accepted. Failed (other
// than by cancelling), the dialog shows why and failed() follows; it is
// rejected when the user closes it. The attempt is the dialog's child and
// is deleted with it (WA_DeleteOnClose, i.e. deleteLater).
class BrowserSignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `client` is not owned and must outlive the dialog.
    BrowserSignInDialog(ApiClient *client, const Discovery::OidcIssuer &issuer,
                        QWidget *parent = nullptr);

    // How long the user has to finish in the browser (tests shorten it to
    // see the timeout). Before start().
    void setBrowserTimeout(std::chrono::milliseconds timeout);
    // Starts the sign-in and opens the dialog.
    void start();

    // The attempt, under way or ended.
    OidcAuthorization *authorization() const { return m_authorization; }
    PlainTextLabel *statusLabel() const { return m_status; }
    QLineEdit *linkField() const { return m_link; }
    QPushButton *openAgainButton() const { return m_openAgain; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *cancelButton() const { return m_cancel; }

    void reject() override;

Q_SIGNALS:
    void authorized(const pd::OidcAuthorization::Result &result);
    void failed(const pd::ApiError &error);

private:
    void onStepChanged(OidcAuthorization::Step step);
    void onOpenBrowser(const QUrl &url);
    void onBrowserReturned();
    void onSucceeded(const OidcAuthorization::Result &result);
    void onFailed(const ApiError &error);
    void openAgain();
    void copyLink();

    QString m_providerName;
    OidcAuthorization *m_authorization;
    QUrl m_url;
    PlainTextLabel *m_status;
    QProgressBar *m_progress;
    QLineEdit *m_link;
    QPushButton *m_openAgain;
    QPushButton *m_copy;
    QPushButton *m_cancel;
};

} // namespace pd
