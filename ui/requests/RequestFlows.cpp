#include "requests/RequestFlows.h"

#include "account/Account.h"
#include "core/AppServices.h"
#include "discovery/DiscoveryService.h"
#include "export/ArchiveDownloadDialog.h"
#include "export/ArchiveViewerWindow.h"
#include "export/ExportResult.h"
#include "outbox/Outbox.h"
#include "requests/DeleteAccountDialog.h"
#include "requests/EditRequestDialog.h"
#include "requests/ExportRequestDialog.h"
#include "requests/GuardianRemovalDialog.h"
#include "requests/ObjectToProcessingDialog.h"
#include "requests/OtherRequestsDialog.h"
#include "requests/ReauthenticationRetry.h"
#include "requests/ReportSecurityConcernDialog.h"
#include "requests/RequestFormDialog.h"
#include "requests/RequestRepository.h"
#include "requests/RequestType.h"
#include "requests/RestrictProcessingDialog.h"
#include "requests/UnsubscribeDialog.h"
#include "security/ChangeEmailDialog.h"

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
// The menu entry of the less common flows.
constexpr const char *kOtherFlow = "other";

} // namespace

RequestFlows::RequestFlows(AppServices *services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
{
    if (DiscoveryService *discovery = services->discovery())
        connect(discovery, &DiscoveryService::discoveryChanged, this,
                &RequestFlows::discoveryChanged);
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
            tr("Export archives (*.zip *.zip.001)"));
    };
}

RequestFlows::~RequestFlows() = default;

void RequestFlows::refreshDiscovery()
{
    if (DiscoveryService *discovery = m_services->discovery())
        discovery->refresh();
}

std::optional<Discovery> RequestFlows::discovery() const
{
    DiscoveryService *discovery = m_services->discovery();
    return discovery ? discovery->discovery() : std::nullopt;
}

const QList<RequestFlows::Flow> &RequestFlows::flows()
{
    // One entry per flow, in menu order: its menu text, its explanation and
    // how its dialog is built (each flow's dialog lives beside it in ui/requests/).
    static const QList<Flow> table = {
        {toWireName(RequestType::Edit), QT_TR_NOOP("&Correct my data…"),
         QT_TR_NOOP("Correct your name, email, mailing address, phone or website."), false,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             auto *dialog = new EditRequestDialog(flows.services(), flows.formContext(), parent);
             connect(dialog, &EditRequestDialog::changeEmailRequested, &flows,
                     [&flows, dialog] { flows.changeEmail(dialog); });
             return dialog;
         }},
        {toWireName(RequestType::Export), QT_TR_NOOP("E&xport my data…"),
         QT_TR_NOOP("Get a copy of your data in a portable format."), false,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             return new ExportRequestDialog(flows.formContext(), parent);
         }},
        {toWireName(RequestType::Delete), QT_TR_NOOP("&Delete my account…"),
         QT_TR_NOOP("Have your account and its data deleted."), false,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             return new DeleteAccountDialog(flows.services(), flows.formContext(), parent);
         }},
        {toWireName(RequestType::Unsubscribe), QT_TR_NOOP("&Stop marketing…"),
         QT_TR_NOOP("Stop marketing messages; administrative messages still come."), false,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             AppServices *services = flows.services();
             return new UnsubscribeDialog(
                 flows.formContext(),
                 services->documents() ? services->account()->marketing() : nullptr, parent);
         }},
        {toWireName(RequestType::Restrict), QT_TR_NOOP("&Restrict processing…"),
         QT_TR_NOOP("Ask the provider to limit how it uses your data."), true,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             return new RestrictProcessingDialog(flows.formContext(), parent);
         }},
        {toWireName(RequestType::Object), QT_TR_NOOP("&Object to processing…"),
         QT_TR_NOOP("Object to a use of your data."), true,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             return new ObjectToProcessingDialog(flows.formContext(), std::nullopt, parent);
         }},
        {toWireName(RequestType::GuardianRemoval), QT_TR_NOOP("Remove a &minor's data…"),
         QT_TR_NOOP("As a parent or guardian, ask for a minor's data to be removed."), true,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             return new GuardianRemovalDialog(flows.formContext(), parent);
         }},
        {toWireName(RequestType::SecurityReport), QT_TR_NOOP("Report a security &concern…"),
         QT_TR_NOOP("Tell the security team about a problem with your account or the service."),
         true,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             return new ReportSecurityConcernDialog(flows.formContext(), parent);
         }},
        // Not a request type: the chooser of the flows marked "among others".
        {QString::fromLatin1(kOtherFlow), QT_TR_NOOP("Ot&her requests…"),
         QT_TR_NOOP("Restrict or object to processing, remove a minor's data, or report a security "
                    "concern."),
         false,
         [](RequestFlows &flows, QWidget *parent) -> QDialog * {
             QStringList others;
             for (const Flow &flow : RequestFlows::flows()) {
                 if (flow.amongOthers)
                     others << flow.key;
             }
             auto *chooser = new OtherRequestsDialog(others, parent);
             QObject::connect(chooser, &OtherRequestsDialog::chosen, &flows,
                              qOverload<const QString &>(&RequestFlows::start));
             return chooser;
         }},
    };
    return table;
}

const RequestFlows::Flow *RequestFlows::flow(const QString &key)
{
    for (const Flow &flow : flows()) {
        if (flow.key == key)
            return &flow;
    }
    return nullptr;
}

RequestFormDialog::Context RequestFlows::formContext() const
{
    return {m_services->requests(), discovery()};
}

QStringList RequestFlows::types() const
{
    QStringList keys;
    for (const Flow &flow : flows())
        keys << flow.key;
    return keys;
}

QString RequestFlows::actionText(const QString &type)
{
    const Flow *entry = flow(type);
    return entry ? tr(entry->actionText) : type;
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
    const Flow *entry = flow(type);
    return entry ? tr(entry->explanation) : QString();
}

QDialog *RequestFlows::start(RequestType type)
{
    return start(toWireName(type));
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
    const Flow *entry = flow(type);
    if (!entry)
        return nullptr;
    return openFlow(entry->build(*this, m_window));
}

QDialog *RequestFlows::objectTo(const ObjectionTarget &target)
{
    if (m_current && m_current->isVisible()) {
        m_current->raise();
        m_current->activateWindow();
        return m_current;
    }
    return openFlow(new ObjectToProcessingDialog(formContext(), target, m_window));
}

QDialog *RequestFlows::openFlow(QDialog *dialog)
{
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
    // The parts a large archive is offered in, from the same result.
    if (const auto record = m_services->requests()->record(requestId)) {
        if (const auto result = record->exportResult(); result && result->sha256 == sha256)
            archive.partSets = result->partSets;
    }
    auto *dialog = new ArchiveDownloadDialog(m_services->api(), archive, folder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProperty(kRequestIdProperty, requestId);
    connect(dialog, &ArchiveDownloadDialog::viewArchiveRequested, this, &RequestFlows::openArchive);
    m_download = dialog;
    // Not modal: the user may keep reading their data while it downloads.
    dialog->show();
    // A large archive waits for its part size to be chosen (Download).
    if (archive.partSets.isEmpty())
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
