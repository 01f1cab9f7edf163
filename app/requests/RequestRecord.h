#pragma once

#include "export/ExportResult.h"
#include "requests/RequestType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

struct OutboxItem;

// One rights request as the app knows it: either the server's request, or an
// outbox item the server has not accepted yet. The one parser of a request
// object; how it reads to users is the UI's (ui/requests/RequestText).
struct RequestRecord {
    struct Step {
        QString status;
        QDateTime at;
        QString message; // from the server: plain text only
    };

    QString id;           // the server's id; empty while waiting in the outbox
    qint64 outboxId = 0;  // the outbox item, when it came from there
    QString type;         // the wire name, kept as it is when unknown (knownType())
    QString status;       // the server's status; empty while waiting
    bool waiting = false; // queued, not accepted by the server yet
    bool refused = false; // the server refused it for good
    QString refusal;      // why, for users (refused only; may be empty)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime dueAt;
    QList<Step> history;
    QJsonObject payload;
    QJsonObject result;

    // nullopt when `json` lacks an id, type or status.
    static std::optional<RequestRecord> fromJson(const QJsonObject &json);
    // An item the server has not accepted (pending, sending or refused).
    static RequestRecord fromOutbox(const OutboxItem &item);

    // nullopt for a type this app does not know (a newer server's).
    std::optional<RequestType> knownType() const { return requestTypeFromWireName(type); }
    bool is(RequestType requestType) const { return isRequestType(type, requestType); }
    // Identifies the row across reloads: the server id, else the outbox id.
    QString key() const;
    bool isFinal() const;
    bool isOverdue(const QDateTime &now) const;
    bool canCancel() const { return !id.isEmpty() && !isFinal(); }
    // A completed export's archive (ExportResult::fromRequest); nullopt for
    // anything else, or when the server's result is malformed.
    std::optional<ExportResult> exportResult() const;
    bool hasArchive() const { return exportResult().has_value(); }
};

} // namespace pd

Q_DECLARE_METATYPE(pd::RequestRecord)
