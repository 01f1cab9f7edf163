#include "FieldFormats.h"

#include <QRegularExpression>

namespace pd::server {

bool FieldFormats::isE164Phone(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return pattern.match(text).hasMatch();
}

bool FieldFormats::isEntityTag(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\"[\\x21\\x23-\\x7E]+\"$"));
    return pattern.match(text).hasMatch();
}

bool FieldFormats::isIdempotencyKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

} // namespace pd::server
