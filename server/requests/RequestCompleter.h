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

// The last step of a request: carries out what was asked (export archive,
// account purge, profile edit, unsubscribe, ...) in the same transaction as
// the move to `completed`, or rejects it with a reason.
class RequestCompleter
{
public:
    RequestCompleter(const ServerContext &context, const RequestStore &store);

    void finish(const RequestRecord &request, qint64 nowMs) const;
    // Moves an open request to `rejected` with `message` in its own transaction.
    void reject(const RequestRecord &request, qint64 nowMs, const QString &message) const;
    QString exportDirectory() const;

private:
    void finishExport(const RequestRecord &request, qint64 nowMs) const;
    void finishDelete(const RequestRecord &request, qint64 nowMs) const;
    void finishEdit(const RequestRecord &request, qint64 nowMs) const;
    void finishUnsubscribe(const RequestRecord &request, qint64 nowMs) const;
    void complete(const RequestRecord &request, qint64 nowMs, const QString &message,
                  const QJsonValue &result = QJsonValue::Null) const;
    static QString completionMessage(const RequestRecord &request);

    const ServerContext &m_context;
    const RequestStore &m_store;
    ExportBuilder m_exports;
    AccountPurger m_purger;
    ProfileEditor m_profiles;
};

} // namespace pd::server
