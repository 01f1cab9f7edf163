// Under a umask of 022, a whole session (settings written, store opened,
// sign-in, first sync, sign-out and wipe) leaves no folder but 0700 and no
// file but 0600 below the app's settings and data folders.
#include "TestServer.h"

#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "core/PrivateFiles.h"
#include "net/ServerProfileStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pd;
using namespace pd::test;

namespace {

// "path: mode" for every entry below `root` whose mode is not 0700 (folders)
// or 0600 (files).
QStringList wrongModes(const QString &root)
{
    QStringList wrong;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            continue; // gone meanwhile (a lock file)
        const unsigned mode = info.st_mode & 07777;
        const unsigned expected = S_ISDIR(info.st_mode) ? 0700 : 0600;
        if (mode != expected)
            wrong << QStringLiteral("%1: %2").arg(path, QString::number(mode, 8));
    }
    return wrong;
}

unsigned modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

    mode_t m_oldUmask = 0;

private Q_SLOTS:
    void initTestCase() { m_oldUmask = ::umask(022); }
    void cleanupTestCase() { ::umask(m_oldUmask); }

    void foldersAndFilesAreMadePrivate()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString nested = root.filePath(QStringLiteral("a/b/c"));
        QVERIFY(PrivateFiles::makeFolder(nested));
        QCOMPARE(modeOf(root.filePath(QStringLiteral("a"))), 0700u);
        QCOMPARE(modeOf(nested), 0700u);
        // An existing folder is restricted too; so is an existing file.
        QVERIFY(QDir().mkdir(root.filePath(QStringLiteral("open"))));
        QCOMPARE(modeOf(root.filePath(QStringLiteral("open"))), 0755u);
        QVERIFY(PrivateFiles::makeFolder(root.filePath(QStringLiteral("open"))));
        QCOMPARE(modeOf(root.filePath(QStringLiteral("open"))), 0700u);
        QFile loose(root.filePath(QStringLiteral("loose")));
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.close();
        QCOMPARE(modeOf(loose.fileName()), 0644u);
        QVERIFY(PrivateFiles::restrictFile(loose.fileName()));
        QCOMPARE(modeOf(loose.fileName()), 0600u);
    }

    void settingsKeepTheirModeAcrossRewrites()
    {
        QTemporaryDir root;
        const QString path = root.filePath(QStringLiteral("config/settings.ini"));
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(PrivateFiles::protectSettings(settings));
        for (int i = 0; i < 3; ++i) {
            settings.setValue(QStringLiteral("key"), i);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            QCOMPARE(modeOf(path), 0600u);
        }
        QVERIFY2(wrongModes(root.path()).isEmpty(),
                 qPrintable(wrongModes(root.path()).join(u'\n')));
    }

    // Tables extracted from an export archive are personal data: they go to
    // a private folder of the data folder, and what a crash left there is
    // removed at the next start.
    void scratchFolderIsPrivateAndEmptiedAtStart()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString dataDir = root.filePath(QStringLiteral("data"));
        const QString leftover = dataDir + QStringLiteral("/scratch/pd-export-left");
        QVERIFY(QDir().mkpath(dataDir + QStringLiteral("/scratch/partial")));
        QFile file(leftover);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("visit,from,a,crashed,run");
        file.close();
        QSettings settings(root.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppServices::Options options;
        options.dataDir = dataDir;
        options.settings = &settings;
        options.ephemeralSecrets = true;
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        QCOMPARE(services.scratchDir(), dataDir + QStringLiteral("/scratch"));
        QCOMPARE(modeOf(services.scratchDir()), 0700u);
        QVERIFY(!QFileInfo::exists(leftover));
        QCOMPARE(QDir(services.scratchDir())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void wholeSessionLeavesOnlyPrivateModes()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QTemporaryDir root;
        QVERIFY(root.isValid());
        // Neither folder exists yet: the app makes them (and their parents).
        auto settings = std::make_unique<QSettings>(
            root.filePath(QStringLiteral("config/Privacy Dashboard/settings.ini")),
            QSettings::IniFormat);
        AppServices::Options options;
        options.dataDir = root.filePath(QStringLiteral("share/Privacy Dashboard/data"));
        options.settings = settings.get();
        options.ephemeralSecrets = true;
        auto services = std::make_unique<AppServices>(options);
        QString error;
        QVERIFY2(services->start(&error), qPrintable(error));

        ServerProfile profile = ServerProfile::forUrl(server.origin());
        profile.name = QStringLiteral("Test server");
        profile.caBundlePath = server.caCertificatePath();
        services->profiles().save(profile);
        services->activateProfile(profile);
        QSignalSpy signedIn(services.get(), &AppServices::signedIn);
        QSignalSpy synced(services.get(), &AppServices::syncFinished);
        const DemoAccount account = server.accounts().at(1);
        services->auth()->signInWithPassword(account.email, account.password,
                                             QStringLiteral("tst_private_files"));
        QVERIFY(signedIn.wait(30000));
        QVERIFY(!synced.isEmpty() || synced.wait(180000));
        settings->sync();
        QVERIFY(QFileInfo::exists(options.dataDir + QStringLiteral("/cache.sqlite3")));
        QVERIFY(QFileInfo::exists(settings->fileName()));
        QStringList wrong = wrongModes(root.path());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));

        // A table the archive viewer extracted goes with the session.
        const QString extracted = QDir(services->scratchDir()).filePath(QStringLiteral("table"));
        QVERIFY(PrivateFiles::restrictFile(extracted));
        QSignalSpy signedOut(services.get(), &AppServices::signedOut);
        services->signOut();
        QVERIFY(signedOut.wait(30000));
        QVERIFY(!QFileInfo::exists(extracted));
        services.reset();
        settings.reset();
        wrong = wrongModes(root.path());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
