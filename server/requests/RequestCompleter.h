#pragma once

#include "AccountPurger.h"
#include "ExportBuilder.h"
#include "ProfileEditor.h"

#include <QJsonValue>
#include <QString>

namespace pd::server {

struct RequestRecord;
struct ServerContext;
class RequestStore;

// The last step of a request: carries out what was asked (account purge,
// profile edit, unsubscribe, ...) in the same transaction as the move to
// `completed`, or rejects it with a reason. An export's archive is built by
// the ExportWorker off the event loop; recordExport() then completes it.
class RequestCompleter
{
public:
    RequestCompleter(const ServerContext &context, const RequestStore &store);

    // Any type but `export` (throws std::logic_error for one).
    void finish(const RequestRecord &request, qint64 nowMs) const;
    // Records the built `archive` and completes the export request, or
    // removes the archive when the request is no longer in `request.status`
    // (cancelled, or its account erased, while it was being built).
    void recordExport(const RequestRecord &request, const ExportArchiveFile &archive,
                      qint64 nowMs) const;
    // Moves an open request to `rejected` with `message` and the reason code
    // `reasonCode` (RequestDenialReason) in its own transaction.
    void reject(const RequestRecord &request, qint64 nowMs, const QString &message,
                const QString &reasonCode) const;
    QString exportDirectory() const;

private:
    void finishDelete(const RequestRecord &request, qint64 nowMs) const;
    void finishEdit(const RequestRecord &request, qint64 nowMs) const;
    void finishUnsubscribe(const RequestRecord &request, qint64 nowMs) const;
    void complete(const RequestRecord &request, qint64 nowMs, const QString &message,
                  const QJsonValue &result = QJsonValue::Null) const;
    static QString completionMessage(const RequestRecord &request);

    const ServerContext &m_context;
    const RequestStore &m_store;
    AccountPurger m_purger;
    ProfileEditor m_profiles;
};

} // namespace pd::server
