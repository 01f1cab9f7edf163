#pragma once

#include <QString>

namespace pd::test {

// What FaultProxy does to one HTTP exchange.
enum class Fault {
    None,            // passed through untouched
    Delay,           // the whole answer, late
    DropRequest,     // the connection is reset before the request reaches the backend
    DropResponse,    // the backend answered; the connection is reset partway through the answer
    Truncate,        // part of the answer, then an orderly close
    Corrupt,         // the answer with its syntax garbled, then the connection closed
    Stall,           // part of the answer, a pause in which nothing can be read, then the rest
    ServerError,     // 500, 502 or 503 instead of the answer (the backend may have seen it)
    TooManyRequests, // 429 with Retry-After; the request is not forwarded
};

inline constexpr int kFaultKinds = int(Fault::TooManyRequests) + 1;

inline QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::DropRequest:
        return QStringLiteral("drop-request");
    case Fault::DropResponse:
        return QStringLiteral("drop-response");
    case Fault::Truncate:
        return QStringLiteral("truncate");
    case Fault::Corrupt:
        return QStringLiteral("corrupt");
    case Fault::Stall:
        return QStringLiteral("stall");
    case Fault::ServerError:
        return QStringLiteral("5xx");
    case Fault::TooManyRequests:
        return QStringLiteral("429");
    }
    return {};
}

// One exchange's fate, drawn from the proxy's seeded generator before the
// request is forwarded, so a seed replays the same sequence of fates.
struct FaultDecision {
    Fault fault = Fault::None;
    // Delay and Stall: how long; TooManyRequests and a 503: the Retry-After
    // seconds sent.
    int delayMs = 0;
    int retryAfterSeconds = 0;
    // Where the answer is cut (DropResponse, Truncate, Stall), as a fraction
    // of its length in 1/1000.
    int cutPermille = 0;
    // ServerError: 500, 502 or 503; and whether the backend got the request
    // first (then the client loses an answer to a request that took effect).
    int status = 0;
    bool forwardFirst = false;
    // Corrupt: which byte of the status line or JSON syntax is garbled.
    quint32 corruptionPick = 0;
};

} // namespace pd::test
