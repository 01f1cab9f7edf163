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
class JsonPageReader
{
public:
    // Reads `body`; false with error() when it is not a well-formed page or
    // the handler stopped. Items are handed over as they are read.
    bool read(QByteArrayView body, JsonPageHandler &handler);

    const QString &error() const { return m_error; }
    bool hasNextCursor() const { return !m_nextCursor.isEmpty(); }
    const QString &nextCursor() const { return m_nextCursor; }
    // -1 when the page has no total.
    qint64 total() const { return m_total; }
    int itemCount() const { return m_items; }

private:
    bool fail(const char *what);
    void skipSpace();
    bool expect(char c);
    bool readString(std::string_view *out);
    bool readNumber(std::string_view *out);
    bool readLiteral(std::string_view literal);
    bool readScalarOrSkip(JsonScalar *out, int depth);
    bool skipValue(int depth);
    bool readItems(JsonPageHandler &handler);
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
};

} // namespace pd
