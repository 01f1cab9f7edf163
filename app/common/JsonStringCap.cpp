#include "common/JsonStringCap.h"

#include <cstring>

namespace pd {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One character of a JSON string as written: its bytes and UTF-16 units.
struct Token {
    qsizetype bytes = 0;
    int units = 0;
    char16_t escaped = 0; // the code of a \uXXXX escape, else 0
    bool rawMark = false; // U+FDD0 written as UTF-8
};

bool isContinuation(uchar b)
{
    return (b & 0xc0) == 0x80;
}

// The well-formed UTF-8 sequence at `at` (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF); 0 bytes when it is not one.
Token utf8Sequence(const uchar *at, const uchar *end)
{
    const uchar b = at[0];
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
        length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
        length = 3;
        if (b == 0xe0)
            low = 0xa0;
        else if (b == 0xed)
            high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
        length = 4;
        if (b == 0xf0)
            low = 0x90;
        else if (b == 0xf4)
            high = 0x8f;
    } else {
        return {};
    }
    if (end - at < length || at[1] < low || at[1] > high)
        return {};
    for (qsizetype i = 2; i < length; ++i) {
        if (!isContinuation(at[i]))
            return {};
    }
    Token token{length, length == 4 ? 2 : 1};
    token.rawMark = b == 0xef && at[1] == 0xb7 && at[2] == 0x90;
    return token;
}

// The token at `at`, inside a string; 0 bytes when it is ill-formed.
Token tokenAt(const uchar *at, const uchar *end)
{
    const uchar b = at[0];
    if (b < 0x80 && b != '\\')
        return {1, 1};
    if (b >= 0x80)
        return utf8Sequence(at, end);
    if (end - at < 2 || at[1] >= 0x80)
        return {};
    if (at[1] != 'u')
        return {2, 1}; // what QJsonDocument accepts: \n, \", and \x as "x"
    if (end - at < 6)
        return {};
    int code = 0;
    for (int i = 2; i < 6; ++i) {
        const int digit = hexValue(char(at[i]));
        if (digit < 0)
            return {};
        code = code * 16 + digit;
    }
    Token token{6, 1};
    token.escaped = char16_t(code);
    return token;
}

bool isHighSurrogate(char16_t code)
{
    return code >= 0xd800 && code <= 0xdbff;
}

// Appends `bytes` (whole tokens of a string) to `out`, a kCutMark the
// server wrote in them as U+FFFD (same length, raw or escaped).
void appendWithoutMarks(QByteArray &out, QByteArrayView bytes, bool hasMarks)
{
    const qsizetype from = out.size();
    out.append(bytes);
    if (!hasMarks)
        return;
    auto *at = reinterpret_cast<uchar *>(out.data()) + from;
    const auto *end = reinterpret_cast<const uchar *>(out.constData()) + out.size();
    while (at < end) {
        const Token token = tokenAt(at, end);
        if (token.rawMark) {
            at[1] = 0xbf; // EF B7 90 -> EF BF BD
            at[2] = 0xbd;
        } else if (token.escaped == JsonStringCap::kCutMark) {
            std::memcpy(at + 2, "fffd", 4);
        }
        at += token.bytes;
    }
}

} // namespace

std::optional<QByteArray> JsonStringCap::apply(QByteArrayView json, qsizetype maxChars)
{
    const auto *begin = reinterpret_cast<const uchar *>(json.data());
    const auto *end = begin + json.size();
    QByteArray out;
    out.reserve(qMin<qsizetype>(json.size(), 1024 * 1024));
    const uchar *at = begin;
    while (at < end) {
        const auto *quote = static_cast<const uchar *>(std::memchr(at, '"', size_t(end - at)));
        if (!quote) {
            out.append(reinterpret_cast<const char *>(at), end - at);
            break;
        }
        out.append(reinterpret_cast<const char *>(at), quote - at + 1);
        // A string: where its kept part ends, its length, whether it is
        // cut and whether it holds a mark.
        const uchar *start = quote + 1;
        const uchar *keptEnd = nullptr;
        const uchar *lastStart = nullptr;
        char16_t lastEscaped = 0;
        qsizetype units = 0;
        bool marks = false;
        const uchar *cursor = start;
        while (cursor < end && *cursor != '"') {
            const Token token = tokenAt(cursor, end);
            if (token.bytes == 0)
                return std::nullopt;
            if (!keptEnd && units + token.units > maxChars) {
                keptEnd = cursor;
                // Never the first half of an escaped surrogate pair alone.
                if (lastStart && isHighSurrogate(lastEscaped))
                    keptEnd = lastStart;
            }
            marks = marks || token.rawMark || token.escaped == kCutMark;
            lastStart = cursor;
            lastEscaped = token.escaped;
            units += token.units;
            cursor += token.bytes;
        }
        if (cursor == end) {
            // Unterminated: as it was, for the parser to reject.
            out.append(reinterpret_cast<const char *>(start), end - start);
            break;
        }
        const uchar *copyEnd = keptEnd ? keptEnd : cursor;
        appendWithoutMarks(out, QByteArrayView(start, copyEnd - start), marks);
        if (keptEnd) {
            out += QByteArrayView("\\ufdd0");
            out += QByteArray::number(units);
        }
        out += '"';
        at = cursor + 1;
    }
    return out;
}

std::optional<JsonStringCap::Cut> JsonStringCap::cutOf(QStringView text)
{
    const qsizetype mark = text.lastIndexOf(QChar(kCutMark));
    if (mark < 0)
        return std::nullopt;
    const QStringView digits = text.mid(mark + 1);
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    qsizetype length = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        length = length * 10 + (c.unicode() - u'0');
    }
    if (length < mark)
        return std::nullopt;
    return Cut{text.left(mark), length};
}

} // namespace pd
