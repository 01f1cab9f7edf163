#pragma once

#include "net/ServerProfile.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pd {

class ApiError;
class CertificateSummary;
class DiscoveryClient;
struct Discovery;

// Adds an on-premise server: its address, optionally the certificate of the
// organization's own CA (shown in full before the user trusts it), then a
// check of the server's discovery document, which names the provider.
class AddServerDialog : public QDialog
{
    Q_OBJECT
public:
    // `developerMode` allows http:// to a loopback host.
    explicit AddServerDialog(bool developerMode, QWidget *parent = nullptr);
    ~AddServerDialog() override;

    void setServerUrl(const QString &url);
    // Shows the certificates of the CA file at `path` for the user to trust;
    // false (and a message) when it holds none.
    bool setCaFile(const QString &path);
    // Valid once the server was checked: named after the provider.
    ServerProfile profile() const { return m_profile; }

private:
    void chooseCaFile();
    void clearCaFile();
    void checkServer();
    void cancelCheck();
    void onDiscovered(const ServerProfile &profile, const Discovery &discovery);
    void onFailed(const ApiError &error);
    void invalidate();
    void setBusy(bool busy);
    void showMessage(const QString &text);
    void updateButtons();

    bool m_developerMode;
    QLineEdit *m_url;
    QLineEdit *m_caPath;
    QPushButton *m_browse;
    QPushButton *m_clearCa;
    CertificateSummary *m_certificate;
    QPushButton *m_check;
    QProgressBar *m_busy;
    QPushButton *m_cancelCheck;
    QLabel *m_message;
    QLabel *m_provider;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    QPointer<DiscoveryClient> m_discovery;
    ServerProfile m_profile;
};

} // namespace pd
