#pragma once

#include "discovery/Discovery.h"
#include "requests/RequestFormDialog.h"
#include "requests/RequestType.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace pd {

class AppServices;
class ArchiveDownloadDialog;
class ArchiveViewerWindow;
class EditRequestDialog;
struct ObjectionTarget;
struct OutboxItem;

// Opens the dialog of each rights request the privacy policy grants (edit,
// export, delete, unsubscribe, restrict, object, guardian removal, security
// report, and "other" to choose among the less common ones) and downloads a
// completed export's archive. Hands the dialogs the server's discovery
// document (deadlines, backup retention, deletion grace period), which the
// core (DiscoveryService) fetches at sign-in and caches, so that a request
// can be prepared offline.
class RequestFlows : public QObject
{
    Q_OBJECT
public:
    // Builds a flow's dialog (parented to `parent`, not yet shown).
    using Factory = std::function<QDialog *(RequestFlows &flows, QWidget *parent)>;
    // Asks the user for a path (a folder to download into, an archive to
    // open); empty when they chose nothing. Replaceable so that tests need no
    // native dialog.
    using PathChooser = std::function<QString(QWidget *parent)>;

    // `window` parents the dialogs; neither is owned.
    RequestFlows(AppServices *services, QWidget *window);
    ~RequestFlows() override;

    AppServices *services() const { return m_services; }
    QWidget *window() const { return m_window; }
    // The server's discovery document, when one has been fetched (or cached);
    // the core's (AppServices::discovery()).
    std::optional<Discovery> discovery() const;

    // The flows start() knows, in menu order: the wire names of the request
    // types, and "other" (the chooser of the less common ones).
    QStringList types() const;
    // A menu entry for the flow `type` ("&Export my data…") and its one-line
    // explanation.
    static QString actionText(const QString &type);
    static QString explanation(const QString &type);
    // actionText() without its mnemonic and ellipsis, for assistive technology.
    static QString accessibleName(const QString &type);

    // Opens the flow of `type` window-modally and returns its dialog (null for
    // an unknown type). A previous flow's dialog still open is raised instead.
    QDialog *start(const QString &type);
    QDialog *start(pd::RequestType type);
    // Opens the objection form about one processor or recipient (from the
    // Data locations page), pre-filled from it.
    QDialog *objectTo(const pd::ObjectionTarget &target);
    QDialog *currentDialog() const { return m_current; }

    void setFolderChooser(PathChooser chooser) { m_folderChooser = std::move(chooser); }
    void setArchiveChooser(PathChooser chooser) { m_archiveChooser = std::move(chooser); }
    // The download under way (or ended but still shown), else null.
    ArchiveDownloadDialog *currentDownload() const;

public Q_SLOTS:
    // Fetches the discovery document again (the core already does at every
    // sign-in).
    void refreshDiscovery();
    // Downloads a completed export's archive (RequestsPage::downloadRequested)
    // into a folder the user chooses; null when they chose none.
    ArchiveDownloadDialog *downloadArchive(const QString &requestId, const QString &archiveUrl,
                                           const QString &sha256, qint64 sizeBytes);
    // Opens the archive at `path` in a new archive viewer window.
    ArchiveViewerWindow *openArchive(const QString &path);
    // Asks which archive to open, then opens it; null when none was chosen.
    ArchiveViewerWindow *chooseArchive();
    // Changes the sign-in email from the correction form (ChangeEmailDialog
    // on top of it); the form shows the new address once it is confirmed.
    void changeEmail(pd::EditRequestDialog *form);

Q_SIGNALS:
    // A flow put a request in the outbox: show it in Requests.
    void requestQueued(const pd::OutboxItem &item);
    void discoveryChanged();

private:
    struct Flow {
        QString key;             // a request type's wire name, or "other"
        const char *actionText;  // untranslated (tr() at use)
        const char *explanation; // untranslated (tr() at use)
        bool amongOthers;        // offered by the "other" chooser
        Factory build;
    };
    static const QList<Flow> &flows();
    static const Flow *flow(const QString &key);
    RequestFormDialog::Context formContext() const;
    // Shows a flow's dialog window-modally as the current one.
    QDialog *openFlow(QDialog *dialog);

    AppServices *m_services;
    QWidget *m_window;
    QPointer<QDialog> m_current;
    QPointer<ArchiveDownloadDialog> m_download;
    PathChooser m_folderChooser;
    PathChooser m_archiveChooser;
};

} // namespace pd
