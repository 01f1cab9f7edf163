#include "outbox/OutboxItem.h"

namespace pd {

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::FailedPermanently:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxItem::State> OutboxItem::stateFromName(const QString &name)
{
    for (State state : {State::Pending, State::Sending, State::Sent, State::FailedPermanently}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace pd
