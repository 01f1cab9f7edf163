#include "ExportHtmlWriter.h"

#include "ExportRowReader.h"
#include "ZipEntrySink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>

namespace pd::server {

namespace {

// One look for every page: readable in light and dark browsers, wide tables
// scroll sideways instead of squeezing every column.
constexpr const char *kStyle =
    "body{font-family:system-ui,sans-serif;margin:1.5em;line-height:1.4;color:#1d1d1d;"
    "background:#fff}"
    "@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#1e1e1e}"
    "a{color:#8ab4f8}th{background:#2c2c2c!important}td,th{border-color:#444!important}}"
    "nav{margin:1em 0}nav a{margin-right:1.5em}"
    ".scroll{overflow-x:auto}"
    "table{border-collapse:collapse;font-size:0.9em}"
    "th,td{border:1px solid #ccc;padding:0.3em 0.5em;text-align:left;vertical-align:top;"
    "white-space:pre-wrap;overflow-wrap:anywhere;max-width:40em}"
    "th{background:#f0f0f0;position:sticky;top:0}"
    "td.none{color:#888}";

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

ExportHtmlWriter::ExportHtmlWriter(QuaZip &zip, QString accountId, qint64 rowsPerPage,
                                   ExportPace pace)
    : m_zip(zip)
    , m_accountId(std::move(accountId))
    , m_rowsPerPage(qMax<qint64>(1, rowsPerPage))
    , m_pace(std::move(pace))
{}

QString ExportHtmlWriter::escaped(const QString &text)
{
    // Most values need nothing: no copy for them (a million visits' cells).
    const auto special = [](QChar c) {
        const char16_t u = c.unicode();
        return u == '&' || u == '<' || u == '>' || u == '"' || u == '\'' || u == 0;
    };
    if (std::none_of(text.cbegin(), text.cend(), special))
        return text;
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            result += QLatin1String("&amp;");
            break;
        case '<':
            result += QLatin1String("&lt;");
            break;
        case '>':
            result += QLatin1String("&gt;");
            break;
        case '"':
            result += QLatin1String("&quot;");
            break;
        case '\'':
            result += QLatin1String("&#39;");
            break;
        case 0:
            result += QChar::ReplacementCharacter; // a NUL ends nothing in a browser
            break;
        default:
            result += c;
        }
    }
    return result;
}

QString ExportHtmlWriter::cellText(ExportColumnKind kind, const QVariant &value)
{
    const QJsonValue json = ExportFileWriter::jsonValue(kind, value);
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return json.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toLongLong());
    case QJsonValue::String:
        return json.toString();
    case QJsonValue::Array:
        if (kind == ExportColumnKind::List) {
            QStringList items;
            for (const QJsonValue &item : json.toArray())
                items << item.toString();
            return items.join(QStringLiteral(", "));
        }
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented));
    }
    return {};
}

QString ExportHtmlWriter::pagePath(const QString &category, int page)
{
    return QStringLiteral("html/") + category +
           (page > 1 ? QLatin1Char('-') + QString::number(page) : QString()) +
           QStringLiteral(".html");
}

QString ExportHtmlWriter::title(const QString &category)
{
    QString text = category;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QByteArray ExportHtmlWriter::head(const QString &title)
{
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
           QByteArray(kContentSecurityPolicy) +
           "\">\n"
           "<meta name=\"referrer\" content=\"no-referrer\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>" +
           utf8(escaped(title)) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
}

QByteArray ExportHtmlWriter::pageStart(const ExportCategory &category, int page)
{
    const QString name = title(category.name);
    QByteArray html =
        head(page > 1 ? QStringLiteral("%1, page %2 - Your data export").arg(name).arg(page)
                      : name + QStringLiteral(" - Your data export"));
    html += "<nav><a href=\"index.html\">All categories</a>";
    if (page > 1)
        html += "<a href=\"" + utf8(pagePath(category.name, page - 1).mid(5)) +
                "\" rel=\"prev\">Previous page</a>";
    html += "</nav>\n<h1>" + utf8(escaped(name)) + "</h1>\n";
    if (page > 1)
        html += "<p>Page " + QByteArray::number(page) + "</p>\n";
    html += "<div class=\"scroll\"><table>\n<thead><tr>";
    for (const ExportColumn &column : category.columns)
        html += "<th scope=\"col\">" + utf8(escaped(column.name)) + "</th>";
    html += "</tr></thead>\n<tbody>\n";
    return html;
}

QByteArray ExportHtmlWriter::pageEnd(const QString &category, int page, bool hasNext)
{
    QByteArray html = "</tbody>\n</table></div>\n<nav><a href=\"index.html\">All categories</a>";
    if (page > 1)
        html += "<a href=\"" + utf8(pagePath(category, page - 1).mid(5)) +
                "\" rel=\"prev\">Previous page</a>";
    if (hasNext)
        html += "<a href=\"" + utf8(pagePath(category, page + 1).mid(5)) +
                "\" rel=\"next\">Next page</a>";
    return html + "</nav>\n</body>\n</html>\n";
}

QList<ExportFileEntry> ExportHtmlWriter::writeCategory(const Database &db,
                                                       const ExportCategory &category)
{
    QList<ExportFileEntry> entries;
    std::unique_ptr<ZipEntrySink> sink;
    ExportFileEntry entry;
    int page = 0;
    qint64 total = 0;
    const auto openPage = [&] {
        ++page;
        entry = ExportFileEntry{pagePath(category.name, page), {}, 0, 0};
        sink = std::make_unique<ZipEntrySink>(m_zip, entry.path);
        sink->append(pageStart(category, page));
    };
    const auto closePage = [&](bool hasNext) {
        sink->append(pageEnd(category.name, page, hasNext));
        std::tie(entry.sha256, entry.sizeBytes) = sink->close();
        sink.reset();
        entries.append(entry);
    };
    openPage();
    ExportRowReader(db, category, m_accountId, m_pace).forEach([&](const QVariantList &values) {
        // The next page opens only once a row needs it: the last page never
        // links to an empty one.
        if (entry.rows == m_rowsPerPage) {
            closePage(true);
            openPage();
        }
        QByteArray row = "<tr>";
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString text = cellText(category.columns.at(i).kind, values.at(i));
            row += text.isEmpty() && values.at(i).isNull() ? QByteArray("<td class=\"none\"></td>")
                                                           : "<td>" + utf8(escaped(text)) + "</td>";
        }
        sink->append(row + "</tr>\n");
        ++entry.rows;
        ++total;
    });
    if (total == 0)
        sink->append("<tr><td colspan=\"" + QByteArray::number(category.columns.size()) +
                     "\">Nothing is held in this category.</td></tr>\n");
    closePage(false);
    m_written.append({category.name, total, page});
    return entries;
}

ExportFileEntry ExportHtmlWriter::writeIndex(const QString &createdAt)
{
    ExportFileEntry entry{QStringLiteral("html/index.html"), {}, 0, 0};
    ZipEntrySink sink(m_zip, entry.path);
    QByteArray html = head(QStringLiteral("Your data export"));
    html += "<h1>Your data export</h1>\n<p>Account " + utf8(escaped(m_accountId)) + ", made on " +
            utf8(escaped(createdAt)) +
            ".</p>\n<p>This readable copy works offline: it has no scripts and loads nothing "
            "from the internet. The same data, for programs, is in the JSON and CSV files "
            "next to the <code>html</code> folder, described by <code>manifest.json</code>."
            "</p>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Category</th>"
            "<th scope=\"col\">Records</th><th scope=\"col\">Pages</th></tr></thead>\n<tbody>\n";
    for (const Written &written : std::as_const(m_written)) {
        html += "<tr><td><a href=\"" + utf8(pagePath(written.category, 1).mid(5)) + "\">" +
                utf8(escaped(title(written.category))) + "</a></td><td>" +
                QByteArray::number(written.rows) + "</td><td>";
        for (int page = 1; page <= written.pages && written.pages > 1; ++page)
            html += "<a href=\"" + utf8(pagePath(written.category, page).mid(5)) + "\">" +
                    QByteArray::number(page) + "</a> ";
        if (written.pages <= 1)
            html += "1";
        html += "</td></tr>\n";
        ++entry.rows;
        sink.append(html);
        html.clear();
    }
    sink.append(html + "</tbody>\n</table></div>\n</body>\n</html>\n");
    std::tie(entry.sha256, entry.sizeBytes) = sink.close();
    return entry;
}

} // namespace pd::server
