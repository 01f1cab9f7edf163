#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

// The rights requests the API knows (`type` of POST /requests and of a
// request object). The wire names are the contract's; everything else in the
// app names a type by this enum.
enum class RequestType {
    Edit,
    Export,
    Delete,
    Unsubscribe,
    Restrict,
    Object,
    GuardianRemoval,
    SecurityReport,
};

// Every type, in the order the app offers them.
QList<RequestType> allRequestTypes();
// "edit", "export", "delete", "unsubscribe", "restrict", "object",
// "guardian_removal", "security_report".
QString toWireName(RequestType type);
// nullopt for a name this app does not know (a newer server's type): callers
// keep such a request and show its name as it is rather than guess.
std::optional<RequestType> requestTypeFromWireName(QStringView name);
// Whether `name` is the wire name of `type` (an unknown name is no type).
bool isRequestType(QStringView name, RequestType type);

} // namespace pd
