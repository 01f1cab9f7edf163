#include "sync/JsonPageReader.h"

#include "sync/JsonPageHandler.h"
#include "sync/JsonText.h"

#include <QStringDecoder>

#include <algorithm>
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
                  QString::number(m_consumed + (m_pos - m_begin));
    m_failed = true;
    return false;
}

JsonPageReader::Step JsonPageReader::failStep(const char *what)
{
    fail(what);
    return Step::Failed;
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

bool JsonPageReader::complete(const char *p, const char *end)
{
    if (p >= end)
        return false;
    if (*p == '"' || *p == '{' || *p == '[') {
        // Brackets outside strings, and strings with their escapes.
        qint64 depth = 0;
        bool inString = false;
        for (; p < end; ++p) {
            const char c = *p;
            if (inString) {
                if (c == '\\' && ++p >= end) // the escaped byte cannot end the string
                    return false;
                if (c == '"') {
                    inString = false;
                    if (depth == 0)
                        return true;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth <= 0) {
                return true;
            }
        }
        return false;
    }
    // A number or literal (or garbage): it ends where a delimiter is.
    for (; p < end; ++p) {
        const char c = *p;
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            return true;
    }
    return false;
}

JsonPageReader::Step JsonPageReader::readMember(bool final)
{
    // The key, its colon and the value (or the '[' of the items) come as
    // one piece: nothing of a member is read until all of it is there.
    const char *start = m_pos;
    const auto needMore = [&] {
        m_pos = start;
        return Step::NeedMore;
    };
    if (!final && !complete(m_pos, m_end))
        return needMore();
    std::string_view key;
    if (!readString(&key))
        return Step::Failed;
    skipSpace();
    if (!final && m_pos >= m_end)
        return needMore();
    if (!expect(':'))
        return Step::Failed;
    if (!final && (m_pos >= m_end || (key != "items" && !complete(m_pos, m_end))))
        return needMore();
    if (key == "items") {
        if (m_sawItems)
            return failStep("duplicate items");
        if (!expect('['))
            return Step::Failed;
        m_sawItems = true;
        m_stage = Stage::FirstItem;
        return Step::Progress;
    }
    if (key == "next_cursor" && m_pos < m_end && *m_pos == '"') {
        std::string_view cursor;
        if (!readString(&cursor))
            return Step::Failed;
        // QString::fromUtf8 drops a leading U+FEFF (it reads it as a byte
        // order mark); the cursor is opaque and must go back unchanged.
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        m_nextCursor = utf8(QByteArrayView(cursor.data(), qsizetype(cursor.size())));
    } else if (key == "total" && m_pos < m_end && *m_pos != '{' && *m_pos != '[' && *m_pos != '"' &&
               *m_pos != 'n' && *m_pos != 't' && *m_pos != 'f') {
        std::string_view number;
        if (!readNumber(&number))
            return Step::Failed;
        const auto [end, rc] =
            std::from_chars(number.data(), number.data() + number.size(), m_total);
        if (rc != std::errc() || end != number.data() + number.size() || m_total < 0)
            return failStep("bad total");
    } else if (!skipValue(1)) {
        return Step::Failed;
    }
    m_stage = Stage::AfterMember;
    return Step::Progress;
}

JsonPageReader::Step JsonPageReader::advance(JsonPageHandler &handler, bool final)
{
    skipSpace();
    if (m_pos >= m_end) {
        if (!final)
            return Step::NeedMore;
        if (m_stage != Stage::Done)
            return failStep("unexpected end");
        if (!m_sawItems)
            return failStep("no items");
        return Step::Progress;
    }
    const char c = *m_pos;
    switch (m_stage) {
    case Stage::Open:
        if (c != '{')
            return failStep("unexpected character");
        ++m_pos;
        m_stage = Stage::FirstMember;
        return Step::Progress;
    case Stage::FirstMember:
        if (c == '}') {
            ++m_pos;
            m_stage = Stage::Done;
        } else {
            m_stage = Stage::Member;
        }
        return Step::Progress;
    case Stage::Member:
        return readMember(final);
    case Stage::AfterMember:
        if (c != ',' && c != '}')
            return failStep("',' or '}' expected");
        ++m_pos;
        m_stage = c == ',' ? Stage::Member : Stage::Done;
        return Step::Progress;
    case Stage::FirstItem:
        if (c == ']') {
            ++m_pos;
            m_stage = Stage::AfterMember;
        } else {
            m_stage = Stage::Item;
        }
        return Step::Progress;
    case Stage::Item:
        if (!final && !complete(m_pos, m_end))
            return Step::NeedMore;
        if (!readItem(handler))
            return Step::Failed;
        m_stage = Stage::AfterItem;
        return Step::Progress;
    case Stage::AfterItem:
        if (c != ',' && c != ']')
            return failStep("',' or ']' expected");
        ++m_pos;
        m_stage = c == ',' ? Stage::Item : Stage::AfterMember;
        return Step::Progress;
    case Stage::Done:
        return failStep("trailing data");
    }
    return Step::Failed;
}

bool JsonPageReader::run(JsonPageHandler &handler, bool final)
{
    for (;;) {
        if (m_failed)
            return false;
        const bool atEnd = m_pos >= m_end;
        switch (advance(handler, final)) {
        case Step::Progress:
            if (final && atEnd)
                return true; // the end, checked
            break;
        case Step::NeedMore:
            return true;
        case Step::Failed:
            m_failed = true;
            return false;
        }
    }
}

void JsonPageReader::begin()
{
    m_decoded.clear();
    m_error.clear();
    m_nextCursor.clear();
    m_total = -1;
    m_items = 0;
    m_stage = Stage::Open;
    m_sawItems = false;
    m_failed = false;
    m_pending.clear();
    m_consumed = 0;
    m_retryAt = 0;
    m_peakBuffered = 0;
}

bool JsonPageReader::feed(QByteArrayView bytes, JsonPageHandler &handler)
{
    if (m_failed)
        return false;
    if (m_pending.empty()) {
        // Nothing left over: read the new bytes where they are.
        m_begin = m_pos = bytes.data();
        m_end = m_begin + bytes.size();
    } else {
        m_pending.append(bytes.data(), std::size_t(bytes.size()));
        m_peakBuffered = std::max(m_peakBuffered, qsizetype(m_pending.size()));
        if (m_pending.size() < m_retryAt)
            return true; // the unfinished piece is still far from complete
        m_begin = m_pos = m_pending.data();
        m_end = m_begin + m_pending.size();
    }
    const bool ok = run(handler, false);
    const auto used = std::size_t(m_pos - m_begin);
    m_consumed += qint64(used);
    if (m_pending.empty())
        m_pending.assign(m_pos, std::size_t(m_end - m_pos));
    else
        m_pending.erase(0, used);
    m_retryAt = m_pending.size() + m_pending.size() / 2;
    m_peakBuffered = std::max(m_peakBuffered, qsizetype(m_pending.size()));
    m_begin = m_pos = m_end = nullptr;
    return ok;
}

bool JsonPageReader::finish(JsonPageHandler &handler)
{
    if (m_failed)
        return false;
    m_begin = m_pos = m_pending.data();
    m_end = m_begin + m_pending.size();
    const bool ok = run(handler, true);
    m_consumed += qint64(m_pos - m_begin);
    m_pending.clear();
    m_pending.shrink_to_fit();
    m_begin = m_pos = m_end = nullptr;
    return ok;
}

bool JsonPageReader::read(QByteArrayView body, JsonPageHandler &handler)
{
    begin();
    m_begin = m_pos = body.data();
    m_end = m_begin + body.size();
    return run(handler, true);
}

} // namespace pd
