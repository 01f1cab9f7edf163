#pragma once

#include "http/HttpRequest.h"

#include <QString>

namespace pd::server {

// What a session remembers about the device that opened it.
struct ClientInfo {
    QString ipAddress;  // IPv4-mapped IPv6 addresses are shown as IPv4
    QString userAgent;  // empty when the client sent none
    QString deviceName; // empty when the client gave none
    QString location;   // coarse, never more precise than "Local network"

    static ClientInfo fromRequest(const HttpRequest &request, const QString &deviceName = {});
    // For human-readable log lines.
    QString deviceLabel() const;
};

} // namespace pd::server
