#include "signin/AddServerDialog.h"

#include "dialogs/GrowToFit.h"
#include "discovery/DiscoveryClient.h"
#include "net/TlsPolicy.h"
#include "signin/CertificateSummary.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AddServerDialog::AddServerDialog(bool developerMode, QWidget *parent)
    : QDialog(parent)
    , m_developerMode(developerMode)
    , m_url(new QLineEdit(this))
    , m_caPath(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Choose File…"), this))
    , m_clearCa(new QPushButton(tr("&Remove"), this))
    , m_certificate(new CertificateSummary(this))
    , m_check(new QPushButton(tr("C&heck Server"), this))
    , m_busy(new QProgressBar(this))
    , m_cancelCheck(new QPushButton(tr("&Stop"), this))
    , m_message(plainLabel(this, QStringLiteral("addServerMessage")))
    , m_provider(plainLabel(this, QStringLiteral("providerLabel")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addServerDialog"));
    GrowToFit::install(this);
    setWindowTitle(tr("Add On-Premise Server"));
    setAccessibleName(windowTitle());
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    auto *intro = plainLabel(this, QStringLiteral("addServerIntro"));
    intro->setText(tr("If your organization runs the privacy dashboard on its own server, enter "
                      "the address it gave you. If it uses its own certificate authority, also "
                      "choose the certificate file it gave you."));

    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(tr("https://privacy.example.com"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_caPath->setObjectName(QStringLiteral("caFilePath"));
    m_caPath->setAccessibleName(tr("Certificate authority file"));
    m_caPath->setReadOnly(true);
    m_caPath->setPlaceholderText(tr("None: only the system's certificate authorities"));
    m_browse->setObjectName(QStringLiteral("browseCaButton"));
    m_browse->setAccessibleName(tr("Choose certificate file"));
    m_clearCa->setObjectName(QStringLiteral("clearCaButton"));
    m_clearCa->setAccessibleName(tr("Remove certificate file"));
    m_check->setObjectName(QStringLiteral("checkServerButton"));
    m_check->setAccessibleName(tr("Check server"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Checking the server"));
    m_cancelCheck->setObjectName(QStringLiteral("stopCheckButton"));
    m_cancelCheck->setAccessibleName(tr("Stop checking"));
    m_message->setAccessibleName(tr("Message"));
    m_provider->setAccessibleName(tr("Provider"));

    m_add = m_buttons->addButton(tr("&Add Server"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addServerOkButton"));
    m_add->setAccessibleName(tr("Add server"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caPath, 1);
    caRow->addWidget(m_browse);
    caRow->addWidget(m_clearCa);
    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("Server a&ddress:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    auto *caLabel = new QLabel(tr("Certificate a&uthority:"), this);
    caLabel->setBuddy(m_browse);
    form->addRow(caLabel, caRow);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_busy, 1);
    checkRow->addWidget(m_cancelCheck);
    checkRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_certificate, 1);
    layout->addLayout(checkRow);
    layout->addWidget(m_message);
    layout->addWidget(m_provider);
    layout->addWidget(m_buttons);

    connect(m_url, &QLineEdit::textChanged, this, &AddServerDialog::invalidate);
    connect(m_browse, &QPushButton::clicked, this, &AddServerDialog::chooseCaFile);
    connect(m_clearCa, &QPushButton::clicked, this, &AddServerDialog::clearCaFile);
    connect(m_certificate, &CertificateSummary::trustChanged, this, [this] {
        invalidate();
        updateButtons();
    });
    connect(m_check, &QPushButton::clicked, this, &AddServerDialog::checkServer);
    connect(m_cancelCheck, &QPushButton::clicked, this, &AddServerDialog::cancelCheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBusy(false);
    invalidate();
}

AddServerDialog::~AddServerDialog() = default;

void AddServerDialog::setServerUrl(const QString &url)
{
    m_url->setText(url);
}

void AddServerDialog::chooseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Certificate of Your Organization"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AddServerDialog::setCaFile);
    dialog->open();
}

bool AddServerDialog::setCaFile(const QString &path)
{
    QString error;
    const bool loaded = m_certificate->load(path, &error);
    if (!loaded) {
        m_caPath->clear();
        showMessage(error);
    } else {
        m_caPath->setText(path);
        showMessage(tr("Compare these details with the ones your organization gave you "
                       "before you trust the certificate."));
    }
    invalidate();
    return loaded;
}

void AddServerDialog::clearCaFile()
{
    m_caPath->clear();
    m_certificate->clear();
    showMessage({});
    invalidate();
}

void AddServerDialog::checkServer()
{
    QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        showMessage(tr("Enter the server's address."));
        m_url->setFocus();
        return;
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        showMessage(tr("This is not a valid server address."));
        m_url->setFocus();
        return;
    }
    ServerProfile candidate = ServerProfile::forUrl(ServerProfile::originOf(url));
    candidate.developerMode = m_developerMode;
    if (!m_caPath->text().isEmpty()) {
        if (!m_certificate->isTrusted()) {
            showMessage(tr("Confirm that you trust the certificate, or remove it."));
            return;
        }
        candidate.caBundlePath = m_caPath->text();
        // What the user looked at and trusted, not whatever the file holds
        // by the time it is used.
        candidate.caSha256 = m_certificate->fingerprint();
    }
    QString error;
    if (!TlsPolicy(candidate).allowsUrl(candidate.baseUrl, &error)) {
        showMessage(error);
        return;
    }
    cancelCheck();
    auto *client = new DiscoveryClient(nullptr, {}, this);
    m_discovery = client;
    // A stopped check may still answer before it is deleted: ignore it.
    connect(client, &DiscoveryClient::discovered, this,
            [this, client](const ServerProfile &profile, const Discovery &discovery) {
                if (client == m_discovery)
                    onDiscovered(profile, discovery);
            });
    connect(client, &DiscoveryClient::failed, this,
            [this, client](const ServerProfile &, const ApiError &failure) {
                if (client == m_discovery)
                    onFailed(failure);
            });
    setBusy(true);
    showMessage(tr("Checking %1…").arg(candidate.baseUrl.toDisplayString()));
    m_discovery->fetch(candidate);
}

void AddServerDialog::cancelCheck()
{
    if (m_discovery) {
        // Deleting the client drops its answer.
        m_discovery->deleteLater();
        m_discovery = nullptr;
        showMessage(tr("Check stopped."));
    }
    setBusy(false);
}

void AddServerDialog::onDiscovered(const ServerProfile &profile, const Discovery &discovery)
{
    m_discovery->deleteLater();
    m_discovery = nullptr;
    setBusy(false);
    m_profile = profile;
    m_profile.name = discovery.providerName;
    showMessage(tr("The server answered and can be added."));
    m_provider->setText(tr("Provider: %1").arg(discovery.providerName));
    updateButtons();
    m_add->setFocus();
}

void AddServerDialog::onFailed(const ApiError &error)
{
    m_discovery->deleteLater();
    m_discovery = nullptr;
    setBusy(false);
    QString text = error.userMessage();
    if (error.kind() == ApiError::Kind::Tls && m_caPath->text().isEmpty())
        text += QLatin1Char(' ') +
                tr("If your organization uses its own certificate authority, choose its "
                   "certificate file.");
    showMessage(text);
}

void AddServerDialog::invalidate()
{
    m_profile = {};
    m_provider->clear();
    m_provider->hide();
    updateButtons();
}

void AddServerDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancelCheck->setVisible(busy);
    m_check->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_clearCa->setEnabled(!busy && !m_caPath->text().isEmpty());
    if (busy)
        m_cancelCheck->setFocus();
}

void AddServerDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AddServerDialog::updateButtons()
{
    const bool ready = !m_profile.id.isEmpty();
    m_add->setEnabled(ready);
    m_add->setDefault(ready);
    m_check->setDefault(!ready);
    m_provider->setVisible(ready);
    m_clearCa->setEnabled(!m_caPath->text().isEmpty() && !m_busy->isVisible());
}

} // namespace pd
