#include "flows/RequestFlows.h"

#include "api/ApiRequest.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "dialogs/ArchiveViewerWindow.h"
#include "dialogs/ChangeEmailDialog.h"
#include "export/ExportResult.h"
#include "flows/ArchiveDownloadDialog.h"
#include "flows/DeleteAccountDialog.h"
#include "flows/EditRequestDialog.h"
#include "flows/ExportRequestDialog.h"
#include "flows/GuardianRemovalDialog.h"
#include "flows/ObjectToProcessingDialog.h"
#include "flows/OtherRequestsDialog.h"
#include "flows/ReauthenticationRetry.h"
#include "flows/ReportSecurityConcernDialog.h"
#include "flows/RequestFormDialog.h"
#include "flows/RestrictProcessingDialog.h"
#include "flows/UnsubscribeDialog.h"
#include "outbox/Outbox.h"

#include <QDialog>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>

namespace pd {

namespace {

// Which request a download dialog fetches the archive of.
constexpr const char *kRequestIdProperty = "pdRequestId";

} // namespace

RequestFlows::RequestFlows(AppServices *services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_discovery(
          new CachedDocument(services->documents(), QStringLiteral("discovery"),
                             ApiRequest::get(QStringLiteral("/.well-known/privacy-dashboard"))
                                 .withRoot(ApiRequest::Root::Origin)
                                 .withoutAuth(),
                             this))
{
    connect(m_discovery, &CachedDocument::changed, this, &RequestFlows::discoveryChanged);
    // A deletion refused for want of a recent re-authentication is offered again.
    new ReauthenticationRetry(services, window, this);
    m_folderChooser = [](QWidget *parent) {
        return QFileDialog::getExistingDirectory(
            parent, tr("Choose where to save the export archive"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    };
    m_archiveChooser = [](QWidget *parent) {
        return QFileDialog::getOpenFileName(
            parent, tr("Open export archive"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Export archives (*.zip)"));
    };
    registerFlows();
}

RequestFlows::~RequestFlows() = default;

void RequestFlows::refreshDiscovery()
{
    m_discovery->load();
}

std::optional<Discovery> RequestFlows::discovery() const
{
    if (!m_discovery->hasCopy())
        return std::nullopt;
    ApiError error;
    return Discovery::fromJson(m_discovery->document().json, &error);
}

void RequestFlows::add(const QString &type, Factory factory)
{
    m_types.append(type);
    m_factories.insert(type, std::move(factory));
}

void RequestFlows::registerFlows()
{
    // One line per flow, in menu order; each flow's dialog lives in ui/flows/.
    add(QStringLiteral("edit"), [](RequestFlows &flows, QWidget *parent) {
        auto *dialog = new EditRequestDialog(
            flows.services()->documents(), {flows.services()->outbox(), flows.discovery()}, parent);
        connect(dialog, &EditRequestDialog::changeEmailRequested, &flows,
                [&flows, dialog] { flows.changeEmail(dialog); });
        return dialog;
    });
    add(QStringLiteral("export"), [](RequestFlows &flows, QWidget *parent) {
        return new ExportRequestDialog({flows.services()->outbox(), flows.discovery()}, parent);
    });
    add(QStringLiteral("delete"), [](RequestFlows &flows, QWidget *parent) {
        return new DeleteAccountDialog(flows.services(),
                                       {flows.services()->outbox(), flows.discovery()}, parent);
    });
    add(QStringLiteral("unsubscribe"), [](RequestFlows &flows, QWidget *parent) {
        return new UnsubscribeDialog({flows.services()->outbox(), flows.discovery()},
                                     flows.services()->documents(), parent);
    });
    add(QStringLiteral("restrict"), [](RequestFlows &flows, QWidget *parent) {
        return new RestrictProcessingDialog({flows.services()->outbox(), flows.discovery()},
                                            parent);
    });
    add(QStringLiteral("object"), [](RequestFlows &flows, QWidget *parent) {
        return new ObjectToProcessingDialog({flows.services()->outbox(), flows.discovery()},
                                            parent);
    });
    add(QStringLiteral("guardian_removal"), [](RequestFlows &flows, QWidget *parent) {
        return new GuardianRemovalDialog({flows.services()->outbox(), flows.discovery()}, parent);
    });
    add(QStringLiteral("security_report"), [](RequestFlows &flows, QWidget *parent) {
        return new ReportSecurityConcernDialog({flows.services()->outbox(), flows.discovery()},
                                               parent);
    });
    add(QStringLiteral("other"), [](RequestFlows &flows, QWidget *parent) {
        auto *chooser = new OtherRequestsDialog(
            {QStringLiteral("restrict"), QStringLiteral("object"),
             QStringLiteral("guardian_removal"), QStringLiteral("security_report")},
            parent);
        QObject::connect(chooser, &OtherRequestsDialog::chosen, &flows, &RequestFlows::start);
        return chooser;
    });
}

QStringList RequestFlows::types() const
{
    return m_types;
}

QString RequestFlows::actionText(const QString &type)
{
    if (type == QLatin1String("edit"))
        return tr("&Correct my data…");
    if (type == QLatin1String("export"))
        return tr("E&xport my data…");
    if (type == QLatin1String("delete"))
        return tr("&Delete my account…");
    if (type == QLatin1String("unsubscribe"))
        return tr("&Stop marketing…");
    if (type == QLatin1String("restrict"))
        return tr("&Restrict processing…");
    if (type == QLatin1String("object"))
        return tr("&Object to processing…");
    if (type == QLatin1String("guardian_removal"))
        return tr("Remove a &minor's data…");
    if (type == QLatin1String("security_report"))
        return tr("Report a security &concern…");
    if (type == QLatin1String("other"))
        return tr("Ot&her requests…");
    return type;
}

QString RequestFlows::accessibleName(const QString &type)
{
    QString name = actionText(type);
    name.remove(QLatin1Char('&'));
    name.remove(QChar(0x2026)); // …
    return name.trimmed();
}

QString RequestFlows::explanation(const QString &type)
{
    if (type == QLatin1String("edit"))
        return tr("Correct your name, email, mailing address, phone or website.");
    if (type == QLatin1String("export"))
        return tr("Get a copy of your data in a portable format.");
    if (type == QLatin1String("delete"))
        return tr("Have your account and its data deleted.");
    if (type == QLatin1String("unsubscribe"))
        return tr("Stop marketing messages; administrative messages still come.");
    if (type == QLatin1String("restrict"))
        return tr("Ask the provider to limit how it uses your data.");
    if (type == QLatin1String("object"))
        return tr("Object to a use of your data.");
    if (type == QLatin1String("guardian_removal"))
        return tr("As a parent or guardian, ask for a minor's data to be removed.");
    if (type == QLatin1String("security_report"))
        return tr("Tell the security team about a problem with your account or the service.");
    if (type == QLatin1String("other"))
        return tr("Restrict or object to processing, remove a minor's data, or report a security "
                  "concern.");
    return QString();
}

QDialog *RequestFlows::start(const QString &type)
{
    // A dialog that has closed (a chooser that just opened its choice) no
    // longer counts, though its deletion is still pending.
    if (m_current && m_current->isVisible()) {
        m_current->raise();
        m_current->activateWindow();
        return m_current;
    }
    const auto factory = m_factories.constFind(type);
    if (factory == m_factories.cend())
        return nullptr;
    QDialog *dialog = (*factory)(*this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *form = qobject_cast<RequestFormDialog *>(dialog))
        connect(form, &RequestFormDialog::queued, this, &RequestFlows::requestQueued);
    m_current = dialog;
    dialog->open();
    return dialog;
}

void RequestFlows::changeEmail(EditRequestDialog *form)
{
    // On top of the correction form, which shows the new address once the
    // code was confirmed.
    // A change already waiting for its code continues there.
    auto *dialog = new ChangeEmailDialog(
        m_services, form->edit(ProfileFields::Field::Email)->text(), form->pendingEmail(), form);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeEmailDialog::codeSent, form, &EditRequestDialog::refreshProfile);
    connect(dialog, &QDialog::accepted, form, &EditRequestDialog::refreshProfile);
    dialog->open();
}

ArchiveDownloadDialog *RequestFlows::downloadArchive(const QString &requestId,
                                                     const QString &archiveUrl,
                                                     const QString &sha256, qint64 sizeBytes)
{
    if (m_download && m_download->state() == ArchiveDownloadDialog::State::Running) {
        m_download->raise();
        m_download->activateWindow();
        if (m_download->property(kRequestIdProperty).toString() != requestId) {
            // One download at a time: say so rather than ignore the click.
            auto *box = new QMessageBox(
                QMessageBox::Information, tr("Another archive is downloading"),
                tr("Another export archive is being downloaded. When it has finished, or after "
                   "you cancel it, download this one again from the Requests page."),
                QMessageBox::Ok, m_download);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return m_download;
    }
    const QString folder = m_folderChooser ? m_folderChooser(m_window) : QString();
    if (folder.isEmpty())
        return nullptr;
    if (m_download)
        m_download->close();
    ExportResult archive;
    archive.requestId = requestId;
    archive.archiveUrl = QUrl(archiveUrl);
    archive.sha256 = sha256;
    archive.sizeBytes = sizeBytes;
    auto *dialog = new ArchiveDownloadDialog(m_services->api(), archive, folder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty(kRequestIdProperty, requestId);
    connect(dialog, &ArchiveDownloadDialog::viewArchiveRequested, this, &RequestFlows::openArchive);
    m_download = dialog;
    // Not modal: the user may keep reading their data while it downloads.
    dialog->show();
    dialog->start();
    return dialog;
}

ArchiveDownloadDialog *RequestFlows::currentDownload() const
{
    return m_download;
}

ArchiveViewerWindow *RequestFlows::openArchive(const QString &path)
{
    auto *viewer = new ArchiveViewerWindow(m_services->scratchDir(), m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    viewer->openArchive(path);
    return viewer;
}

ArchiveViewerWindow *RequestFlows::chooseArchive()
{
    const QString path = m_archiveChooser ? m_archiveChooser(m_window) : QString();
    return path.isEmpty() ? nullptr : openArchive(path);
}

} // namespace pd
