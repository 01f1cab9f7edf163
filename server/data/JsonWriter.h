#pragma once

#include "kernel/Clock.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstring>
#include <vector>

namespace pd::server {

// Writes compact JSON straight into bytes, for the pages of the large lists
// (visits): building a QJsonObject per row and serialising the tree cost
// three quarters of a page's time, in allocations. The output is what
// QJsonDocument::toJson(Compact) writes for the same values, provided that
// the caller writes each object's keys in sorted order, as QJsonObject
// keeps them.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.resize(qMax<qsizetype>(reserve, 256)); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Starts a member; the next call writes its value.
    void key(QLatin1StringView name)
    {
        separate();
        char *out = room(name.size() + 3);
        *out++ = '"';
        std::memcpy(out, name.data(), size_t(name.size()));
        out += name.size();
        *out++ = '"';
        *out = ':';
        m_afterKey = true;
    }

    void string(QStringView text)
    {
        separate();
        put('"');
        escape(text);
        put('"');
    }
    // Empty text is null, as DataJson::text() has it.
    void textOrNull(QStringView text)
    {
        if (text.isEmpty())
            null();
        else
            string(text);
    }
    // UTF-8 text (as SQLite stores it), written as string() writes the same
    // text: ASCII copied with its escapes, anything else through QString.
    void utf8String(QByteArrayView text)
    {
        // Eight bytes at a time (a tenth of a visits page's CPU went here,
        // a byte at a time): whole words of plain ASCII are copied as they
        // are, and only a word holding something to escape is taken apart.
        const char *in = text.data();
        const char *const end = in + text.size();
        for (const char *at = in; at < end;) {
            if (end - at >= 8) {
                if (word(at) & kHighBits) {
                    string(QString::fromUtf8(text));
                    return;
                }
                at += 8;
            } else if (static_cast<unsigned char>(*at++) >= 0x80) {
                string(QString::fromUtf8(text));
                return;
            }
        }
        separate();
        char *out = room(text.size() * 6 + 2);
        char *const first = out;
        *out++ = '"';
        while (end - in >= 8) {
            const quint64 bytes = word(in);
            if (!needsEscape(bytes)) {
                std::memcpy(out, in, 8);
                out += 8;
            } else {
                for (int i = 0; i < 8; ++i)
                    out = escapeAscii(out, char16_t(in[i]));
            }
            in += 8;
        }
        while (in < end)
            out = escapeAscii(out, char16_t(*in++));
        *out++ = '"';
        m_size -= text.size() * 6 + 2 - (out - first);
    }
    void utf8TextOrNull(QByteArrayView text)
    {
        if (text.isEmpty())
            null();
        else
            utf8String(text);
    }
    void integer(qint64 value)
    {
        separate();
        // Digits backwards from the end; the magnitude as unsigned, so that
        // the lowest qint64 has one.
        char digits[20];
        char *end = digits + sizeof digits;
        char *at = end;
        quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
        do {
            *--at = char('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (value < 0)
            put('-');
        std::memcpy(room(end - at), at, size_t(end - at));
    }
    void null()
    {
        separate();
        std::memcpy(room(4), "null", 4);
    }
    // An RFC 3339 time in UTC with milliseconds, as toApiTime() writes it.
    void apiTime(qint64 ms)
    {
        separate();
        put('"');
        appendTime(ms);
        put('"');
    }

    QByteArray take()
    {
        m_out.resize(m_size);
        m_size = 0;
        return std::move(m_out);
    }

private:
    // `n` bytes at the end of the output, to be written by the caller. The
    // bytes are written in place rather than appended piece by piece: each
    // QByteArray append (an out-of-line insert) and each toUtf8() of a
    // string's run (an allocation) cost more than the copying itself, about
    // a fifth of a page's CPU in all.
    char *room(qsizetype n)
    {
        if (m_size + n > m_out.size())
            m_out.resize(qMax(m_out.size() * 2, m_size + n));
        char *at = m_out.data() + m_size;
        m_size += n;
        return at;
    }
    void put(char c) { *room(1) = c; }
    void put(const QByteArray &bytes)
    {
        std::memcpy(room(bytes.size()), bytes.constData(), size_t(bytes.size()));
    }

    void open(char bracket)
    {
        separate();
        put(bracket);
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        put(bracket);
        m_first.pop_back();
    }
    // The comma before a value, unless it follows its key or opens a
    // container.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.empty())
            return;
        if (m_first.back())
            m_first.back() = false;
        else
            put(',');
    }

    static constexpr quint64 kLowBits = 0x0101010101010101ULL;
    static constexpr quint64 kHighBits = 0x8080808080808080ULL;
    static quint64 word(const char *at)
    {
        quint64 bytes;
        std::memcpy(&bytes, at, 8);
        return bytes;
    }
    // Whether any of eight ASCII bytes is a control character, '"' or '\\'
    // (zero bytes found by the usual bit trick, which is exact when no byte
    // has its high bit set).
    static bool needsEscape(quint64 bytes)
    {
        const auto hasZero = [](quint64 x) { return (x - kLowBits) & ~x & kHighBits; };
        const quint64 control = (bytes - 0x20 * kLowBits) & ~bytes & kHighBits;
        return (control | hasZero(bytes ^ ('"' * kLowBits)) | hasZero(bytes ^ ('\\' * kLowBits))) !=
               0;
    }

    // One ASCII character as JSON has it in a string; returns the end.
    static char *escapeAscii(char *out, char16_t c)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            *out++ = char(c);
            return out;
        }
        *out++ = '\\';
        switch (c) {
        case u'"':
            *out++ = '"';
            break;
        case u'\\':
            *out++ = '\\';
            break;
        case u'\b':
            *out++ = 'b';
            break;
        case u'\f':
            *out++ = 'f';
            break;
        case u'\n':
            *out++ = 'n';
            break;
        case u'\r':
            *out++ = 'r';
            break;
        case u'\t':
            *out++ = 't';
            break;
        default:
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = kHex[c >> 4];
            *out++ = kHex[c & 0xf];
        }
        return out;
    }

    void escape(QStringView text)
    {
        const char16_t *in = text.utf16();
        const qsizetype size = text.size();
        // Room for the worst case: six bytes (\u00XX) a character; a
        // non-ASCII character takes at most three a UTF-16 unit. What is
        // left over is given back at the end.
        const qsizetype start = m_size;
        char *out = room(size * 6);
        char *const first = out;
        for (qsizetype i = 0; i < size;) {
            const char16_t c = in[i];
            if (c >= 0x80) {
                // A run of non-ASCII, as toUtf8() writes it (a pair of
                // surrogates stays within one run).
                qsizetype end = i + 1;
                while (end < size && in[end] >= 0x80)
                    ++end;
                const QByteArray utf8 = text.sliced(i, end - i).toUtf8();
                std::memcpy(out, utf8.constData(), size_t(utf8.size()));
                out += utf8.size();
                i = end;
                continue;
            }
            ++i;
            out = escapeAscii(out, c);
        }
        m_size = start + (out - first);
    }

    void appendTime(qint64 ms)
    {
        // Years 1970 to 9999 by arithmetic (days to civil date, H. Hinnant);
        // anything else as QDateTime writes it.
        constexpr qint64 kMax = 253402300799999; // 9999-12-31T23:59:59.999Z
        if (ms < 0 || ms > kMax) {
            put(toApiTime(ms).toUtf8());
            return;
        }
        const qint64 days = ms / 86400000;
        qint64 rest = ms % 86400000;
        const qint64 z = days + 719468;
        const qint64 era = z / 146097;
        const qint64 dayOfEra = z - era * 146097;
        const qint64 yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        const qint64 mp = (5 * dayOfYear + 2) / 153;
        const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
        const qint64 month = mp < 10 ? mp + 3 : mp - 9;
        const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        const qint64 hour = rest / 3600000;
        rest %= 3600000;
        const qint64 minute = rest / 60000;
        rest %= 60000;
        char buffer[24] = "0000-00-00T00:00:00.000";
        const auto digitsAt = [&buffer](int at, qint64 value, int digits) {
            for (int i = digits - 1; i >= 0; --i) {
                buffer[at + i] = static_cast<char>('0' + value % 10);
                value /= 10;
            }
        };
        digitsAt(0, year, 4);
        digitsAt(5, month, 2);
        digitsAt(8, day, 2);
        digitsAt(11, hour, 2);
        digitsAt(14, minute, 2);
        digitsAt(17, rest / 1000, 2);
        digitsAt(20, rest % 1000, 3);
        buffer[23] = 'Z';
        std::memcpy(room(24), buffer, 24);
    }

    QByteArray m_out; // m_size bytes written, the rest room to write in
    qsizetype m_size = 0;
    std::vector<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace pd::server
