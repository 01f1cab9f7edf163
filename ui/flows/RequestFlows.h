#pragma once

#include "net/Discovery.h"

#include <QDialog>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace pd {

class AppServices;
class CachedDocument;
struct OutboxItem;

// Opens the dialog of each rights request the privacy policy grants (edit,
// export, delete, unsubscribe, restrict, object, guardian removal, security
// report, and "other" to choose among the less common ones) and downloads a
// completed export's archive. Keeps the server's discovery document (deadlines,
// backup retention, deletion grace period) for the dialogs, cached so that a
// request can be prepared offline.
class RequestFlows : public QObject
{
    Q_OBJECT
public:
    // Builds a flow's dialog (parented to `parent`, not yet shown).
    using Factory = std::function<QDialog *(RequestFlows &flows, QWidget *parent)>;

    // `window` parents the dialogs; neither is owned.
    RequestFlows(AppServices *services, QWidget *window);
    ~RequestFlows() override;

    AppServices *services() const { return m_services; }
    QWidget *window() const { return m_window; }
    // The server's discovery document, when one has been fetched (or cached).
    std::optional<Discovery> discovery() const;

    // The request types start() knows, in menu order.
    QStringList types() const;
    // A menu entry for `type` ("&Export my data…") and its one-line
    // explanation.
    static QString actionText(const QString &type);
    static QString explanation(const QString &type);

    // Opens the flow of `type` window-modally and returns its dialog (null for
    // an unknown type). A previous flow's dialog still open is raised instead.
    QDialog *start(const QString &type);
    QDialog *currentDialog() const { return m_current; }

public Q_SLOTS:
    // Fetches the discovery document again (e.g. after sign-in).
    void refreshDiscovery();

Q_SIGNALS:
    // A flow put a request in the outbox: show it in Requests.
    void requestQueued(const pd::OutboxItem &item);
    void discoveryChanged();

private:
    void registerFlows();
    void add(const QString &type, Factory factory);

    AppServices *m_services;
    QWidget *m_window;
    CachedDocument *m_discovery;
    QStringList m_types;
    QHash<QString, Factory> m_factories;
    QPointer<QDialog> m_current;
};

} // namespace pd
