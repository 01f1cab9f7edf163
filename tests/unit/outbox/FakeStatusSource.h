#pragma once

#include "outbox/RequestStatusSource.h"

#include <QList>
#include <QPair>

// Records polls; the test answers them.
class FakeStatusSource : public pd::RequestStatusSource
{
public:
    QList<QPair<QString, Callback>> polls;

    void fetch(const QString &requestId, Callback done) override
    {
        polls.append({requestId, std::move(done)});
    }
    void answerStatus(int index, const QString &status)
    {
        pd::RequestStatusReply reply;
        reply.ok = true;
        reply.request = {{QStringLiteral("id"), polls.at(index).first},
                         {QStringLiteral("status"), status}};
        polls.at(index).second(reply);
    }
    void answerError(int index, const pd::ApiError &error)
    {
        pd::RequestStatusReply reply;
        reply.error = error;
        polls.at(index).second(reply);
    }
};
