#include "requests/RequestType.h"

namespace pd {

QList<RequestType> allRequestTypes()
{
    return {RequestType::Edit,
            RequestType::Export,
            RequestType::Delete,
            RequestType::Unsubscribe,
            RequestType::Restrict,
            RequestType::Object,
            RequestType::GuardianRemoval,
            RequestType::SecurityReport};
}

QString toWireName(RequestType type)
{
    switch (type) {
    case RequestType::Edit:
        return QStringLiteral("edit");
    case RequestType::Export:
        return QStringLiteral("export");
    case RequestType::Delete:
        return QStringLiteral("delete");
    case RequestType::Unsubscribe:
        return QStringLiteral("unsubscribe");
    case RequestType::Restrict:
        return QStringLiteral("restrict");
    case RequestType::Object:
        return QStringLiteral("object");
    case RequestType::GuardianRemoval:
        return QStringLiteral("guardian_removal");
    case RequestType::SecurityReport:
        return QStringLiteral("security_report");
    }
    return {}; // every enumerator is handled above
}

std::optional<RequestType> requestTypeFromWireName(QStringView name)
{
    for (const RequestType type : allRequestTypes()) {
        if (name == toWireName(type))
            return type;
    }
    return std::nullopt;
}

bool isRequestType(QStringView name, RequestType type)
{
    return name == toWireName(type);
}

} // namespace pd
