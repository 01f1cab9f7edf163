#pragma once

#include "kernel/Clock.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

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
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Starts a member; the next call writes its value.
    void key(QLatin1StringView name)
    {
        separate();
        m_out += '"';
        m_out.append(name.data(), name.size());
        m_out += "\":";
        m_afterKey = true;
    }

    void string(QStringView text)
    {
        separate();
        m_out += '"';
        escape(text);
        m_out += '"';
    }
    // Empty text is null, as DataJson::text() has it.
    void textOrNull(QStringView text)
    {
        if (text.isEmpty())
            null();
        else
            string(text);
    }
    void integer(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
    }
    void null()
    {
        separate();
        m_out += "null";
    }
    // An RFC 3339 time in UTC with milliseconds, as toApiTime() writes it.
    void apiTime(qint64 ms)
    {
        separate();
        m_out += '"';
        appendTime(ms);
        m_out += '"';
    }

    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        m_out += bracket;
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
            m_out += ',';
    }

    void escape(QStringView text)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        qsizetype plain = 0; // start of the run of characters copied as is
        const auto flushPlain = [&](qsizetype end) {
            if (end > plain)
                m_out += text.sliced(plain, end - plain).toUtf8();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            flushPlain(i);
            plain = i + 1;
            m_out += '\\';
            switch (c) {
            case u'"':
                m_out += '"';
                break;
            case u'\\':
                m_out += '\\';
                break;
            case u'\b':
                m_out += 'b';
                break;
            case u'\f':
                m_out += 'f';
                break;
            case u'\n':
                m_out += 'n';
                break;
            case u'\r':
                m_out += 'r';
                break;
            case u'\t':
                m_out += 't';
                break;
            default:
                m_out += "u00";
                m_out += kHex[c >> 4];
                m_out += kHex[c & 0xf];
            }
        }
        flushPlain(text.size());
    }

    void appendTime(qint64 ms)
    {
        // Years 1970 to 9999 by arithmetic (days to civil date, H. Hinnant);
        // anything else as QDateTime writes it.
        constexpr qint64 kMax = 253402300799999; // 9999-12-31T23:59:59.999Z
        if (ms < 0 || ms > kMax) {
            m_out += toApiTime(ms).toUtf8();
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
        const auto put = [&buffer](int at, qint64 value, int digits) {
            for (int i = digits - 1; i >= 0; --i) {
                buffer[at + i] = static_cast<char>('0' + value % 10);
                value /= 10;
            }
        };
        put(0, year, 4);
        put(5, month, 2);
        put(8, day, 2);
        put(11, hour, 2);
        put(14, minute, 2);
        put(17, rest / 1000, 2);
        put(20, rest % 1000, 3);
        m_out.append(buffer, 23);
        m_out += 'Z';
    }

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace pd::server
