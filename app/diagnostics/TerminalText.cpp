#include "diagnostics/TerminalText.h"

#include <QList>

namespace pd {

namespace {

bool isUnsafe(uint c)
{
    if (c == '\n' || c == '\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidirectional embeddings, overrides and isolates.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString TerminalText::sanitize(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (isUnsafe(c))
            result += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        else {
            const auto character = static_cast<char32_t>(c);
            result += QString::fromUcs4(&character, 1);
        }
    }
    return result;
}

} // namespace pd
