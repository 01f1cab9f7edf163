#pragma once

#include <QByteArrayView>
#include <QString>

#include <deque>
#include <string>
#include <string_view>

namespace pd {

class JsonPageHandler;
struct JsonScalar;

// A strict, allocation-light reader of one list page
// ({"items": [{...}], "next_cursor": "..."|null, "total": N}) that hands each
// item's values to a JsonPageHandler as UTF-8 slices of the body, so the
// ingest binds them to SQLite without building QJsonObjects (which costs more
// than the insert itself). Rejects malformed JSON, invalid UTF-8, control
// characters in strings and nesting deeper than 32.
//
// Reads a whole body (read()) or one arriving in pieces (begin(), feed() as
// bytes come, finish()): then each item goes to the handler as soon as its
// last byte is there, and only the unfinished item (or member) is kept, so
// a page costs about its largest item in memory, not its size. Both ways
// accept and reject exactly the same pages.
class JsonPageReader
{
public:
    // Reads `body`; false with error() when it is not a well-formed page or
    // the handler stopped. Items are handed over as they are read.
    bool read(QByteArrayView body, JsonPageHandler &handler);

    void begin();
    // false once the page is known to be malformed or the handler stopped.
    bool feed(QByteArrayView bytes, JsonPageHandler &handler);
    // The end of the body: false when the page is incomplete or malformed.
    bool finish(JsonPageHandler &handler);
    // The most bytes kept between feed() calls in this page (tests).
    qsizetype peakBufferedBytes() const { return m_peakBuffered; }

    const QString &error() const { return m_error; }
    bool hasNextCursor() const { return !m_nextCursor.isEmpty(); }
    const QString &nextCursor() const { return m_nextCursor; }
    // -1 when the page has no total.
    qint64 total() const { return m_total; }
    int itemCount() const { return m_items; }

private:
    // Where in the page the next byte belongs.
    enum class Stage { Open, FirstMember, Member, AfterMember, FirstItem, Item, AfterItem, Done };
    enum class Step { Progress, NeedMore, Failed };

    // Reads [m_pos, m_end) as far as it goes; `final` when no byte follows.
    bool run(JsonPageHandler &handler, bool final);
    Step advance(JsonPageHandler &handler, bool final);
    Step readMember(bool final);
    // In a body still arriving: whether the value at `p` ends before `end`
    // (for a number or literal, the byte after it is there too). Only
    // finds where a value ends; the reader then checks it.
    static bool complete(const char *p, const char *end);
    bool fail(const char *what);
    Step failStep(const char *what);
    void skipSpace();
    bool expect(char c);
    bool readString(std::string_view *out);
    bool readNumber(std::string_view *out);
    bool readLiteral(std::string_view literal);
    bool readScalarOrSkip(JsonScalar *out, int depth);
    bool skipValue(int depth);
    bool readItem(JsonPageHandler &handler);
    // `nested`: an object inside the item, whose members are "prefix.key".
    bool readItemObject(JsonPageHandler &handler, std::string_view prefix, bool nested);

    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    std::deque<std::string> m_decoded; // unescaped strings of the current item
    std::string m_path;
    QString m_error;
    QString m_nextCursor;
    qint64 m_total = -1;
    int m_items = 0;
    Stage m_stage = Stage::Open;
    bool m_sawItems = false;
    bool m_failed = false;
    // A body arriving in pieces: the bytes not read yet, how many came
    // before them (for error offsets), and the size that makes another try
    // worth it (doubling, so a large item is not rescanned per piece).
    std::string m_pending;
    qint64 m_consumed = 0;
    std::size_t m_retryAt = 0;
    qsizetype m_peakBuffered = 0;
};

} // namespace pd
