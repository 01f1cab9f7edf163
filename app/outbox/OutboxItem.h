#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

// One data-subject request the user submitted, as the outbox keeps it until
// the server has it.
struct OutboxItem {
    enum class State {
        Pending,           // waiting for its (next) attempt
        Sending,           // an attempt is under way (or was, when the app died)
        Sent,              // the server created it: serverRequest holds it
        FailedPermanently, // the server refused it; retrying cannot help
    };

    qint64 id = 0;
    // Client-generated UUID; every attempt sends the same one, so the server
    // creates the request exactly once.
    QString idempotencyKey;
    QString type;
    QJsonObject payload;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString serverRequestId;
    QJsonObject serverRequest;
    QString lastError; // developer detail of the last failure, no personal data
    QDateTime createdAt;
    QDateTime updatedAt;

    // Not a request type: an item of this type asks the server to cancel the
    // request payload["request_id"] (giving payload["reason"], when there is
    // one). A cancellation is queued like a request so that it too survives a
    // crash or a lost connection and is sent once, with its own key: undoing
    // a deletion must not depend on the network at the moment of the click.
    static QString cancellationType() { return QStringLiteral("cancellation"); }
    bool isCancellation() const { return type == cancellationType(); }

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

} // namespace pd

Q_DECLARE_METATYPE(pd::OutboxItem)
Q_DECLARE_METATYPE(pd::OutboxItem::State)
