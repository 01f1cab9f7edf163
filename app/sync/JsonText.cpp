#include "sync/JsonText.h"

namespace pd {

bool JsonText::skipUtf8Sequence(const char *&p, const char *end)
{
    const auto lead = static_cast<unsigned char>(*p);
    int length = 0;
    char32_t codePoint = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 1, codePoint = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 2, codePoint = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 3, codePoint = lead & 0x07, minimum = 0x10000;
    } else {
        return false;
    }
    if (end - p <= length)
        return false;
    for (int i = 1; i <= length; ++i) {
        const auto next = static_cast<unsigned char>(p[i]);
        if ((next & 0xC0) != 0x80)
            return false;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return false;
    p += length + 1;
    return true;
}

void JsonText::appendUtf8(std::string &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

bool JsonText::readHex4(const char *&p, const char *end, char32_t *out)
{
    if (end - p < 4)
        return false;
    char32_t value = 0;
    for (int i = 0; i < 4; ++i, ++p) {
        const char c = *p;
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= char32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= char32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= char32_t(c - 'A' + 10);
        else
            return false;
    }
    *out = value;
    return true;
}

bool JsonText::unescapeRest(const char *&p, const char *end, std::string &out, const char **failure)
{
    const auto fail = [failure](const char *why) {
        *failure = why;
        return false;
    };
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            ++p;
            return true;
        }
        if (c < 0x20)
            return fail("control character in string");
        if (c >= 0x80) {
            const char *sequence = p;
            if (!skipUtf8Sequence(p, end))
                return fail("invalid UTF-8");
            out.append(sequence, std::size_t(p - sequence));
            continue;
        }
        ++p;
        if (c != '\\') {
            out += char(c);
            continue;
        }
        if (p >= end)
            break;
        const char escape = *p++;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out += escape;
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            char32_t unit = 0;
            if (!readHex4(p, end, &unit))
                return fail("bad \\u escape");
            if (unit >= 0xD800 && unit <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char *low = p + 2;
                char32_t second = 0;
                if (readHex4(low, end, &second) && second >= 0xDC00 && second <= 0xDFFF) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (second - 0xDC00);
                    p = low;
                }
            }
            appendUtf8(out, unit >= 0xD800 && unit <= 0xDFFF ? char32_t(0xFFFD) : unit);
            break;
        }
        default:
            return fail("bad escape");
        }
    }
    return fail("unterminated string");
}

} // namespace pd
