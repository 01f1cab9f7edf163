#pragma once

#include "outbox/Backoff.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace pd {

class OneShotTimer;
class RequestStatusSource;
class TimerSource;
struct RequestStatusReply;

// Follows submitted requests until they end: polls each through a
// RequestStatusSource, waiting longer (exponential backoff with jitter) while
// nothing changes and starting over when the status moves. Stops for a
// request once it is completed, rejected or cancelled, or unknown (404).
class RequestTracker : public QObject
{
    Q_OBJECT

public:
    RequestTracker(RequestStatusSource *source, TimerSource *timers, Backoff backoff,
                   QObject *parent = nullptr);
    ~RequestTracker() override;

    // Starts (or keeps) following `requestId`; `knownStatus` is the status
    // the caller already has. A final status is not followed.
    void track(const QString &requestId, const QString &knownStatus = {});
    void untrack(const QString &requestId);
    bool isTracking(const QString &requestId) const;
    QStringList tracked() const;

    static bool isFinal(const QString &status);

Q_SIGNALS:
    void statusChanged(const QString &requestId, const QString &status);
    // Every successful poll, with the request as the server has it now.
    void requestUpdated(const QString &requestId, const QJsonObject &request);
    // The request ended (status is final) or vanished (404); no more polls.
    void trackingStopped(const QString &requestId);

private:
    struct Tracked {
        QString status;
        int unchangedPolls = 0;
        bool inFlight = false;
        std::unique_ptr<OneShotTimer> timer;
    };

    void schedule(const QString &requestId);
    void poll(const QString &requestId);
    void onReply(const QString &requestId, const RequestStatusReply &reply);

    RequestStatusSource *m_source;
    TimerSource *m_timers;
    Backoff m_backoff;
    std::map<QString, Tracked> m_tracked;
    std::shared_ptr<int> m_alive;
};

} // namespace pd
