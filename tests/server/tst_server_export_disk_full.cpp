// Server faults (issue 14): the disk fills while an export archive is
// written. The server runs with a file size limit (RLIMIT_FSIZE, set on the
// running process), so the archive's writes fail with EFBIG where the limit
// cuts them, as they would with ENOSPC: once mid-archive, once in its last
// bytes (the ZIP's central directory, written when the archive is closed).
// The export must end rejected with a message that says why, leave no file
// behind and never be served; once the limit is lifted, the next export is
// built and served whole.
//
// PostgreSQL only: a SQLite database file is written by the server process
// too, and the limit would fail the database's writes as well.
#include "TestServer.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <sys/resource.h>

using namespace pd::test;

namespace {

const QString kRequests = QStringLiteral("/api/v1/requests");
constexpr int kWaitMs = 50000;

// The names and contents of the files of `archive`; false when it is not a
// whole ZIP archive.
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
        file.close();
        if (file.getZipError() != 0) // a CRC that does not match
            return false;
    }
    return zip.getZipError() == 0;
}

} // namespace

class TstServerExportDiskFull : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QString m_token;
    qint64 m_wholeSize = 0;

    QJsonObject fetch(const QString &id)
    {
        return m_server.get(kRequests + QLatin1Char('/') + id, m_token).json();
    }
    QString status(const QString &id)
    {
        return fetch(id).value(QStringLiteral("status")).toString();
    }
    // Files an export of every visit and the messages; its id.
    QString fileExport(const QByteArray &key)
    {
        const Reply created = m_server.submitRequest(
            m_token, key,
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("export")},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("categories"),
                              QJsonArray{QStringLiteral("visits"), QStringLiteral("messages")}},
                             {QStringLiteral("format"), QStringLiteral("both")}}}});
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString()
                                     : QString();
    }
    Reply download(const QString &id)
    {
        return m_server.get(kRequests + QLatin1Char('/') + id + QStringLiteral("/archive"),
                            m_token);
    }
    // Files in the archive folder, temporary ones included.
    QStringList archiveFolder() const
    {
        return QDir(QDir(m_server.dataDir()).filePath(QStringLiteral("exports")))
            .entryList(QDir::Files | QDir::Hidden);
    }
    // Sets the server's soft file size limit (the hard one stays).
    bool limitFileSize(rlim_t bytes)
    {
        struct rlimit limit {};
        if (prlimit(pid_t(m_server.processId()), RLIMIT_FSIZE, nullptr, &limit) != 0)
            return false;
        limit.rlim_cur = bytes;
        return prlimit(pid_t(m_server.processId()), RLIMIT_FSIZE, &limit, nullptr) == 0;
    }

    // An export built while files are cut at `cut` bytes.
    void exportFailsAt(qint64 cut, const QByteArray &key)
    {
        const QStringList before = archiveFolder();
        QVERIFY(limitFileSize(rlim_t(cut)));
        const QString id = fileExport(key);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(status(id) != QLatin1String("received") &&
                                     status(id) != QLatin1String("verifying") &&
                                     status(id) != QLatin1String("in_progress"),
                                 kWaitMs);
        QVERIFY(limitFileSize(RLIM_INFINITY));
        // The server is still there, and says what happened.
        const QJsonObject request = fetch(id);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(request.value(QStringLiteral("result")).isNull());
        const QString message = request.value(QStringLiteral("history"))
                                    .toArray()
                                    .last()
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QLatin1String("storage")), qPrintable(message));
        // No archive, whole or partial, is served or left behind.
        const Reply archive = download(id);
        QCOMPARE(archive.status, 404);
        QVERIFY(archive.isProblemJson());
        QVERIFY2(!archive.json().value(QStringLiteral("detail")).toString().isEmpty(),
                 archive.body.constData());
        QCOMPARE(archiveFolder(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PD_TEST_POSTGRES"))
            QSKIP("PostgreSQL only: the limit would fail a SQLite database's writes too");
        // The demo's visits are the first account's.
        QVERIFY2(
            m_server.start(TestServer::processAfter(0) +
                           QStringList{QStringLiteral("--demo-scale"), QStringLiteral("5000")}),
            qPrintable(m_server.lastError()));
        m_token = m_server.signIn(m_server.accounts().value(0)).accessToken;
        QVERIFY(!m_token.isEmpty());
        // The size of the archive when nothing stops it.
        const QString id = fileExport("whole-first");
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("completed"), kWaitMs);
        const Reply archive = download(id);
        QCOMPARE(archive.status, 200);
        QHash<QString, QByteArray> files;
        QVERIFY(unzip(archive.body, &files));
        m_wholeSize = archive.body.size();
        // Big enough that the cuts below fall on different writes.
        QVERIFY2(m_wholeSize > 128 * 1024, qPrintable(QString::number(m_wholeSize)));
    }

    void diskFullMidArchive() { exportFailsAt(m_wholeSize / 2, "cut-half"); }

    // The last bytes are written when the archive is closed: a failure there
    // must not go unnoticed either.
    void diskFullInTheLastBytes() { exportFailsAt(m_wholeSize - 64, "cut-tail"); }

    void laterExportWorksOnceSpaceIsBack()
    {
        const QString id = fileExport("whole-after");
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("completed"), kWaitMs);
        const Reply archive = download(id);
        QCOMPARE(archive.status, 200);
        QHash<QString, QByteArray> files;
        QVERIFY(unzip(archive.body, &files));
        QVERIFY(files.contains(QStringLiteral("manifest.json")));
        QVERIFY(files.contains(QStringLiteral("visits.csv")));
    }
};

QTEST_GUILESS_MAIN(TstServerExportDiskFull)
#include "tst_server_export_disk_full.moc"
