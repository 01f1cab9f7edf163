#include "sync/JsonPageReader.h"

#include "sync/JsonPageHandler.h"
#include "sync/JsonText.h"

#include <QStringDecoder>

#include <charconv>
#include <cstring>

namespace pd {

namespace {

constexpr int kMaxDepth = 32;
constexpr std::size_t kMaxPath = 128;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool JsonPageReader::fail(const char *what)
{
    if (m_error.isEmpty())
        m_error = QString::fromLatin1(what) + QStringLiteral(" at byte ") +
                  QString::number(m_pos - m_begin);
    return false;
}

void JsonPageReader::skipSpace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

bool JsonPageReader::expect(char c)
{
    skipSpace();
    if (m_pos >= m_end || *m_pos != c)
        return fail("unexpected character");
    ++m_pos;
    skipSpace();
    return true;
}

bool JsonPageReader::readString(std::string_view *out)
{
    if (m_pos >= m_end || *m_pos != '"')
        return fail("string expected");
    const char *start = ++m_pos;
    while (m_pos < m_end) {
        const auto c = static_cast<unsigned char>(*m_pos);
        if (c == '"') {
            *out = std::string_view(start, std::size_t(m_pos - start));
            ++m_pos;
            return true;
        }
        if (c == '\\')
            break;
        if (c < 0x20)
            return fail("control character in string");
        if (c >= 0x80) {
            if (!JsonText::skipUtf8Sequence(m_pos, m_end))
                return fail("invalid UTF-8");
        } else {
            ++m_pos;
        }
    }
    // Escapes: decode into storage that lives until the item ends.
    std::string &decoded = m_decoded.emplace_back(start, std::size_t(m_pos - start));
    const char *failure = nullptr;
    if (!JsonText::unescapeRest(m_pos, m_end, decoded, &failure))
        return fail(failure);
    *out = decoded;
    return true;
}

bool JsonPageReader::readNumber(std::string_view *out)
{
    const char *start = m_pos;
    if (m_pos < m_end && *m_pos == '-')
        ++m_pos;
    if (m_pos >= m_end || !isDigit(*m_pos))
        return fail("bad number");
    if (*m_pos == '0')
        ++m_pos;
    else
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    if (m_pos < m_end && *m_pos == '.') {
        ++m_pos;
        if (m_pos >= m_end || !isDigit(*m_pos))
            return fail("bad number");
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
            ++m_pos;
        if (m_pos >= m_end || !isDigit(*m_pos))
            return fail("bad number");
        while (m_pos < m_end && isDigit(*m_pos))
            ++m_pos;
    }
    *out = std::string_view(start, std::size_t(m_pos - start));
    return true;
}

bool JsonPageReader::readLiteral(std::string_view literal)
{
    if (std::size_t(m_end - m_pos) < literal.size() ||
        std::memcmp(m_pos, literal.data(), literal.size()) != 0)
        return fail("bad literal");
    m_pos += literal.size();
    return true;
}

bool JsonPageReader::readScalarOrSkip(JsonScalar *out, int depth)
{
    if (m_pos >= m_end)
        return fail("value expected");
    switch (*m_pos) {
    case '"':
        out->kind = JsonScalar::Kind::String;
        return readString(&out->text);
    case 't':
        out->kind = JsonScalar::Kind::True;
        out->text = "true";
        return readLiteral("true");
    case 'f':
        out->kind = JsonScalar::Kind::False;
        out->text = "false";
        return readLiteral("false");
    case 'n':
        out->kind = JsonScalar::Kind::Null;
        out->text = {};
        return readLiteral("null");
    case '{':
    case '[': {
        const char *start = m_pos;
        if (!skipValue(depth))
            return false;
        out->kind = JsonScalar::Kind::Composite;
        out->text = std::string_view(start, std::size_t(m_pos - start));
        return true;
    }
    default:
        out->kind = JsonScalar::Kind::Number;
        return readNumber(&out->text);
    }
}

bool JsonPageReader::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail("nested too deeply");
    if (m_pos >= m_end)
        return fail("value expected");
    const char open = *m_pos;
    if (open != '{' && open != '[') {
        JsonScalar ignored;
        return readScalarOrSkip(&ignored, depth);
    }
    const char close = open == '{' ? '}' : ']';
    if (!expect(open))
        return false;
    if (m_pos < m_end && *m_pos == close) {
        ++m_pos;
        return true;
    }
    for (;;) {
        if (open == '{') {
            std::string_view key;
            if (!readString(&key) || !expect(':'))
                return false;
        }
        if (!skipValue(depth + 1))
            return false;
        skipSpace();
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (m_pos < m_end && *m_pos == close) {
            ++m_pos;
            return true;
        }
        return fail("',' or end of container expected");
    }
}

bool JsonPageReader::readItemObject(JsonPageHandler &handler, std::string_view prefix, bool nested)
{
    if (!expect('{'))
        return false;
    if (m_pos < m_end && *m_pos == '}') {
        ++m_pos;
        return true;
    }
    char path[kMaxPath];
    for (;;) {
        std::string_view key;
        if (!readString(&key) || !expect(':'))
            return false;
        // Only the item's own members open an object of paths: testing
        // `prefix.empty()` instead let "" keys recurse without bound (a stack
        // overflow from one crafted page) and let {"": {"id": ..}} pose as "id".
        if (!nested && m_pos < m_end && *m_pos == '{') {
            if (!readItemObject(handler, key, true))
                return false;
        } else {
            int slot = -1;
            if (!nested) {
                slot = handler.slotFor(key);
            } else if (prefix.size() + 1 + key.size() <= kMaxPath) {
                std::memcpy(path, prefix.data(), prefix.size());
                path[prefix.size()] = '.';
                std::memcpy(path + prefix.size() + 1, key.data(), key.size());
                slot = handler.slotFor(std::string_view(path, prefix.size() + 1 + key.size()));
            }
            JsonScalar value;
            if (!readScalarOrSkip(&value, 3))
                return false;
            if (slot >= 0)
                handler.value(slot, value);
        }
        skipSpace();
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (m_pos < m_end && *m_pos == '}') {
            ++m_pos;
            return true;
        }
        return fail("',' or '}' expected");
    }
}

bool JsonPageReader::readItem(JsonPageHandler &handler)
{
    m_decoded.clear();
    handler.beginItem();
    if (!readItemObject(handler, {}, false))
        return false;
    if (!handler.endItem())
        return fail("item rejected");
    ++m_items;
    return true;
}

bool JsonPageReader::readItems(JsonPageHandler &handler)
{
    if (!expect('['))
        return false;
    if (m_pos < m_end && *m_pos == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        if (!readItem(handler))
            return false;
        skipSpace();
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (m_pos < m_end && *m_pos == ']') {
            ++m_pos;
            return true;
        }
        return fail("',' or ']' expected");
    }
}

bool JsonPageReader::read(QByteArrayView body, JsonPageHandler &handler)
{
    m_begin = m_pos = body.data();
    m_end = m_begin + body.size();
    m_decoded.clear();
    m_error.clear();
    m_nextCursor.clear();
    m_total = -1;
    m_items = 0;
    bool sawItems = false;
    if (!expect('{'))
        return false;
    bool more = m_pos < m_end && *m_pos != '}';
    while (more) {
        std::string_view key;
        if (!readString(&key) || !expect(':'))
            return false;
        if (key == "items") {
            if (sawItems)
                return fail("duplicate items");
            sawItems = true;
            if (!readItems(handler))
                return false;
        } else if (key == "next_cursor" && m_pos < m_end && *m_pos == '"') {
            std::string_view cursor;
            if (!readString(&cursor))
                return false;
            // QString::fromUtf8 drops a leading U+FEFF (it reads it as a byte
            // order mark); the cursor is opaque and must go back unchanged.
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
            m_nextCursor = utf8(QByteArrayView(cursor.data(), qsizetype(cursor.size())));
        } else if (key == "total" && m_pos < m_end && *m_pos != '{' && *m_pos != '[' &&
                   *m_pos != '"' && *m_pos != 'n' && *m_pos != 't' && *m_pos != 'f') {
            std::string_view number;
            if (!readNumber(&number))
                return false;
            const auto [end, rc] =
                std::from_chars(number.data(), number.data() + number.size(), m_total);
            if (rc != std::errc() || end != number.data() + number.size() || m_total < 0)
                return fail("bad total");
        } else if (!skipValue(1)) {
            return false;
        }
        skipSpace();
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            skipSpace();
        } else if (m_pos < m_end && *m_pos == '}') {
            more = false;
        } else {
            return fail("',' or '}' expected");
        }
    }
    if (!expect('}'))
        return false;
    if (m_pos != m_end)
        return fail("trailing data");
    if (!sawItems)
        return fail("no items");
    return true;
}

} // namespace pd
