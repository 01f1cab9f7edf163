#include "export/DownloadPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pd;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Downloads never write outside the folder the user chose.
class TestDownloadPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_folder;  // the chosen folder
    QString m_outside; // a sibling the downloads must never touch
    int m_run = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_root.isValid());
        const QString run = QStringLiteral("run%1").arg(++m_run);
        QDir root(m_root.path());
        QVERIFY(root.mkpath(run + QStringLiteral("/chosen")));
        QVERIFY(root.mkpath(run + QStringLiteral("/outside")));
        m_folder =
            DownloadPaths::canonicalFolder(root.filePath(run + QStringLiteral("/chosen")), nullptr);
        m_outside = root.filePath(run + QStringLiteral("/outside"));
        QVERIFY(!m_folder.isEmpty());
    }

    void archiveFileNameComesFromTheIdOnly_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("req_01HX-a.b~c")
                               << QStringLiteral("privacy-export-req_01HX-a.b~c.zip");
        QTest::newRow("traversal") << QStringLiteral("../../etc/passwd")
                                   << QStringLiteral("privacy-export-_._etc_passwd.zip");
        QTest::newRow("absolute") << QStringLiteral("/tmp/x")
                                  << QStringLiteral("privacy-export-_tmp_x.zip");
        QTest::newRow("backslash") << QStringLiteral("..\\..\\boot.ini")
                                   << QStringLiteral("privacy-export-_._boot.ini.zip");
        QTest::newRow("dots only")
            << QStringLiteral("..") << QStringLiteral("privacy-export-unnamed.zip");
        QTest::newRow("trailing dot")
            << QStringLiteral("a.") << QStringLiteral("privacy-export-a.zip");
        QTest::newRow("empty") << QString() << QStringLiteral("privacy-export-unnamed.zip");
        QTest::newRow("control and nul")
            << QStringLiteral("a\nb") + QChar(0) << QStringLiteral("privacy-export-a_b_.zip");
        QTest::newRow("long") << QString(500, QLatin1Char('x'))
                              << QStringLiteral("privacy-export-") +
                                     QString(100, QLatin1Char('x')) + QStringLiteral(".zip");
    }

    void archiveFileNameComesFromTheIdOnly()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const QString name = DownloadPaths::archiveFileName(id);
        QCOMPARE(name, expected);
        QVERIFY(DownloadPaths::isPlainFileName(name));
        QVERIFY(!name.contains(QLatin1String("..")));
    }

    void plainFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("plain");
        QTest::newRow("ok") << QStringLiteral("privacy-export-1.zip") << true;
        QTest::newRow("parent") << QStringLiteral("../x.zip") << false;
        QTest::newRow("nested parent") << QStringLiteral("a/../../x.zip") << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("subfolder") << QStringLiteral("a/b.zip") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b.zip") << false;
        QTest::newRow("drive") << QStringLiteral("C:x.zip") << false;
        QTest::newRow("control") << QStringLiteral("a\tb.zip") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("too long") << QString(256, QLatin1Char('a')) << false;
    }

    void plainFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, plain);
        QCOMPARE(DownloadPaths::isPlainFileName(name), plain);
        QString error;
        const auto path = DownloadPaths::pathInside(m_folder, name, &error);
        QCOMPARE(path.has_value(), plain);
        if (plain)
            QCOMPARE(*path, m_folder + QLatin1Char('/') + name);
        else
            QVERIFY(!error.isEmpty());
    }

    void canonicalFolderNeedsAnExistingFolder()
    {
        QString error;
        QVERIFY(DownloadPaths::canonicalFolder(m_folder + QStringLiteral("/missing"), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
        // A folder reached through a link resolves to where it really is.
        const QString link = m_outside + QStringLiteral("/link-to-chosen");
        QVERIFY(QFile::link(m_folder, link));
        QCOMPARE(DownloadPaths::canonicalFolder(link, nullptr), m_folder);
    }

    void symlinkInTheFolderIsRefused_data()
    {
        QTest::addColumn<bool>("pointsOutside");
        QTest::newRow("outside") << true;
        QTest::newRow("inside") << false;
    }

    void symlinkInTheFolderIsRefused()
    {
        QFETCH(bool, pointsOutside);
        const QString target = (pointsOutside ? m_outside : m_folder) + QStringLiteral("/target");
        QVERIFY(writeFile(target, "precious"));
        const QString name = QStringLiteral("privacy-export-x.zip.part");
        QVERIFY(QFile::link(target, m_folder + QLatin1Char('/') + name));
        QString error;
        QVERIFY(!DownloadPaths::pathInside(m_folder, name, &error));
        QVERIFY(error.contains(QLatin1String("symbolic link")));
        // Even when the check is raced, opening never follows the link.
        QVERIFY(
            !DownloadPaths::openNoFollow(m_folder + QLatin1Char('/') + name, true, true, &error));
        QCOMPARE(readFile(target), QByteArray("precious"));
    }

    void danglingSymlinkIsNotFollowedWhenCreating()
    {
        const QString target = m_outside + QStringLiteral("/created-by-download");
        const QString link = m_folder + QStringLiteral("/x.part");
        QVERIFY(QFile::link(target, link));
        QVERIFY(!DownloadPaths::openNoFollow(link, true, true, nullptr));
        QVERIFY(!QFileInfo::exists(target));
    }

    void hardLinkedFileIsRefused()
    {
        const QString target = m_outside + QStringLiteral("/hard-target");
        QVERIFY(writeFile(target, "precious"));
        const QString link = m_folder + QStringLiteral("/y.part");
        QCOMPARE(::link(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()),
                 0);
        QVERIFY(!DownloadPaths::openNoFollow(link, true, true, nullptr));
        QCOMPARE(readFile(target), QByteArray("precious"));
    }

    void numberedNames()
    {
        QCOMPARE(DownloadPaths::numberedName(QStringLiteral("a.zip"), 1), QStringLiteral("a.zip"));
        QCOMPARE(DownloadPaths::numberedName(QStringLiteral("a.zip"), 2),
                 QStringLiteral("a (2).zip"));
        QCOMPARE(DownloadPaths::numberedName(QStringLiteral("noext"), 3),
                 QStringLiteral("noext (3)"));
    }

    void moveNeverOverwrites()
    {
        const QString name = QStringLiteral("privacy-export-r1.zip");
        QVERIFY(writeFile(m_folder + QLatin1Char('/') + name, "older download"));
        // "(2)" is a dangling link to outside: it must be skipped, not followed.
        const QString outsideTarget = m_outside + QStringLiteral("/via-link.zip");
        QVERIFY(
            QFile::link(outsideTarget, m_folder + QStringLiteral("/privacy-export-r1 (2).zip")));
        const QString part = m_folder + QStringLiteral("/r1.part");
        QVERIFY(writeFile(part, "new download"));
        QString error;
        const auto moved = DownloadPaths::moveWithoutOverwrite(part, m_folder, name, &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(*moved, m_folder + QStringLiteral("/privacy-export-r1 (3).zip"));
        QCOMPARE(readFile(*moved), QByteArray("new download"));
        QCOMPARE(readFile(m_folder + QLatin1Char('/') + name), QByteArray("older download"));
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY(!QFileInfo::exists(outsideTarget));
    }
};

QTEST_GUILESS_MAIN(TestDownloadPaths)
#include "tst_download_paths.moc"
