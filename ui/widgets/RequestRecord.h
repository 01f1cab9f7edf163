#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pd {

struct OutboxItem;

// One data-subject request as the requests pages show it: either the server's
// request, or an outbox item the server has not accepted yet.
struct RequestRecord {
    Q_DECLARE_TR_FUNCTIONS(pd::RequestRecord)

public:
    struct Step {
        QString status;
        QDateTime at;
        QString message; // from the server: plain text only
    };

    QString id;          // the server's id; empty while waiting in the outbox
    qint64 outboxId = 0; // the outbox item, when it came from there
    QString type;
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

    // Identifies the row across reloads: the server id, else the outbox id.
    QString key() const;
    bool isFinal() const;
    bool isOverdue(const QDateTime &now) const;
    bool canCancel() const { return !id.isEmpty() && !isFinal(); }
    bool hasArchive() const;
    QString archiveUrl() const;
    QString archiveSha256() const;
    qint64 archiveSize() const;

    QString typeText() const;
    QString statusText() const;
    QString dueText(const QDateTime &now) const;
    // The warning for an overdue request ("Overdue: the answer was due on…").
    QString overdueText() const;
    // What was asked, in a few words ("visits, messages as JSON").
    QString payloadSummary() const;
};

} // namespace pd
