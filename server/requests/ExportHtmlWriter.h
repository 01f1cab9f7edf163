#pragma once

#include "ExportCategories.h"
#include "ExportFileWriter.h"

#include <QList>
#include <QString>
#include <QVariant>

class QuaZip;

namespace pd::server {

class Database;
class ZipEntrySink;

// The human-readable copy of an export: `html/index.html` plus one page per
// category (`html/<category>.html`, then `-2`, `-3`, ... every
// rowsPerPage rows, with previous and next links), so that any browser, or
// the app's viewer, shows the data without a program to read JSON or CSV.
// Pages are self-contained and safe to open: every value is HTML-escaped
// text, the only markup is ours, the style is inline, there is no script and
// nothing is fetched from anywhere, and a Content-Security-Policy meta tag
// forbids all of it should a value ever slip through. Rows stream from the
// database into the ZIP, so a million visits take constant memory.
class ExportHtmlWriter
{
public:
    // A browser still opens a page of this many rows without a long wait.
    static constexpr qint64 kRowsPerPage = 10000;
    static constexpr const char *kContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'";

    ExportHtmlWriter(QuaZip &zip, QString accountId, qint64 rowsPerPage = kRowsPerPage,
                     ExportPace pace = {});

    // Writes the pages of one category; throws as ExportFileWriter::write.
    QList<ExportFileEntry> writeCategory(const Database &db, const ExportCategory &category);
    // Writes html/index.html, listing every category written before.
    ExportFileEntry writeIndex(const QString &createdAt);

    // `text` safe in an HTML text node or a quoted attribute value.
    static QString escaped(const QString &text);
    // How a value shows in a table cell (before escaping).
    static QString cellText(ExportColumnKind kind, const QVariant &value);
    static QString pagePath(const QString &category, int page);

private:
    struct Written {
        QString category;
        qint64 rows = 0;
        int pages = 0;
    };

    static QByteArray head(const QString &title);
    static QByteArray pageStart(const ExportCategory &category, int page);
    static QByteArray pageEnd(const QString &category, int page, bool hasNext);
    static QString title(const QString &category);

    QuaZip &m_zip;
    QString m_accountId;
    qint64 m_rowsPerPage;
    ExportPace m_pace;
    QList<Written> m_written;
};

} // namespace pd::server
