// One running app per user: a second start reaches the first and asks it to
// show its window; a socket left by a crashed run is taken over; the socket
// is the user's alone, in a private folder or not.
#include "core/PrivateFiles.h"
#include "core/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace pd;

namespace {

constexpr int kWaitMs = 5000;

unsigned modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

// A socket file nobody listens on, as a killed run leaves it.
bool leaveStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    if (name.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound && QFile::exists(path);
}

// A folder made with `mode` whatever the umask.
bool makeFolder(const QString &path, unsigned mode)
{
    return QDir().mkpath(path) && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// Starts `guard` and waits until it is the primary instance.
bool becomesPrimary(SingleInstance &guard)
{
    QSignalSpy primary(&guard, &SingleInstance::becomePrimary);
    guard.start();
    return (primary.count() == 1 || primary.wait(kWaitMs)) && guard.isPrimary();
}

// Whether a start on `name` finds an instance running there.
bool anotherStartFindsItRunning(const QString &name)
{
    SingleInstance next(name);
    QSignalSpy otherRunning(&next, &SingleInstance::anotherInstanceRunning);
    next.start();
    return otherRunning.count() == 1 || otherRunning.wait(kWaitMs);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

    mode_t m_oldUmask = 0;

private Q_SLOTS:
    void init() { m_oldUmask = ::umask(022); }
    void cleanup() { ::umask(m_oldUmask); }

    void aSecondStartRaisesTheFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = dir.filePath(QStringLiteral("app.socket"));
        SingleInstance first(name);
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);
        QVERIFY(becomesPrimary(first));

        SingleInstance second(name);
        QSignalSpy secondPrimary(&second, &SingleInstance::becomePrimary);
        QSignalSpy otherRunning(&second, &SingleInstance::anotherInstanceRunning);
        second.start();
        QVERIFY(otherRunning.count() == 1 || otherRunning.wait(kWaitMs));
        QVERIFY(raised.count() == 1 || raised.wait(kWaitMs));
        QCOMPARE(secondPrimary.count(), 0);
        QVERIFY(!second.isPrimary());
    }

    void aStaleSocketIsTakenOver()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = dir.filePath(QStringLiteral("app.socket"));
        QVERIFY(leaveStaleSocket(name));
        SingleInstance guard(name);
        QSignalSpy failed(&guard, &SingleInstance::failed);
        QVERIFY(becomesPrimary(guard));
        QCOMPARE(failed.count(), 0);

        // And it answers the next start.
        QVERIFY(anotherStartFindsItRunning(name));
    }

    // Under a umask of 0 a socket would be made 0777: in a folder others may
    // enter, it must be restricted to its owner.
    void theSocketIsTheUsersAloneInASharedFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(makeFolder(shared, 0755));
        QVERIFY(!PrivateFiles::isPrivateFolder(shared));
        ::umask(0);
        const QString name = QDir(shared).filePath(QStringLiteral("app.socket"));
        SingleInstance guard(name);
        QVERIFY(becomesPrimary(guard));
        QCOMPARE(modeOf(name) & 077, 0u);
    }

    // In a folder only the user may enter, the folder keeps others out: it
    // stays 0700 and the socket in it answers.
    void aPrivateFolderKeepsTheSocketPrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString runtime = dir.filePath(QStringLiteral("runtime"));
        QVERIFY(makeFolder(runtime, 0700));
        QVERIFY(PrivateFiles::isPrivateFolder(runtime));
        const QString name = QDir(runtime).filePath(QStringLiteral("app.socket"));
        SingleInstance guard(name);
        QVERIFY(becomesPrimary(guard));
        QCOMPARE(modeOf(runtime), 0700u);
        QCOMPARE(QDir(runtime).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                         QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("app.socket")});
        QVERIFY(anotherStartFindsItRunning(name));
    }

    void whatMakesAFolderPrivate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("f"));
        QVERIFY(makeFolder(folder, 0700));
        QVERIFY(PrivateFiles::isPrivateFolder(folder));
        for (const unsigned mode : {0710u, 0750u, 0701u, 0705u, 0777u}) {
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), mode) == 0);
            QVERIFY2(!PrivateFiles::isPrivateFolder(folder), qPrintable(QString::number(mode, 8)));
        }
        QVERIFY(!PrivateFiles::isPrivateFolder(dir.filePath(QStringLiteral("missing"))));
        // A file is no folder, and a link to a private folder is not trusted.
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(::chmod(QFile::encodeName(file.fileName()).constData(), 0700) == 0);
        QVERIFY(!PrivateFiles::isPrivateFolder(file.fileName()));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(folder, link));
        QVERIFY(!PrivateFiles::isPrivateFolder(link));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
