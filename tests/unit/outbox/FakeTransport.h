#pragma once

#include "outbox/OutboxItem.h"
#include "outbox/OutboxTransport.h"

#include <QList>
#include <QObject>

// Records each send and answers it when the test says so (or at once with a
// scripted result).
class FakeTransport : public QObject, public pd::OutboxTransport
{
    Q_OBJECT

public:
    struct Sent {
        pd::OutboxItem item;
        Callback done;
    };
    QList<Sent> sends;
    // Answers given automatically (queued), in order; when empty, sends wait
    // for answer().
    QList<pd::OutboxSendResult> script;

    void send(const pd::OutboxItem &item, Callback done) override
    {
        sends.append({item, done});
        Q_EMIT sendStarted();
        if (!script.isEmpty()) {
            const pd::OutboxSendResult result = script.takeFirst();
            QMetaObject::invokeMethod(
                this, [done, result] { done(result); }, Qt::QueuedConnection);
        }
    }
    void answer(int index, const pd::OutboxSendResult &result) { sends.at(index).done(result); }

    static pd::OutboxSendResult accepted(const QString &id)
    {
        return pd::OutboxSendResult::accepted(
            {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("received")}});
    }

Q_SIGNALS:
    void sendStarted();
};
