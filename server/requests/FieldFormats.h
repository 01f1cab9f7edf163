#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

// Syntax checks for formats of docs/api/openapi.yaml that the profile code
// (data/ProfilePatch) does not already provide.
class FieldFormats
{
public:
    // The contract's PhoneNumber: `+` then 2..15 digits, no leading zero.
    static bool isE164Phone(const QString &text);
    // A strong entity tag, quotes included (EntityTag).
    static bool isEntityTag(const QString &text);
    // 1..200 visible ASCII characters (0x21-0x7E).
    static bool isIdempotencyKey(const QByteArray &key);
};

} // namespace pd::server
