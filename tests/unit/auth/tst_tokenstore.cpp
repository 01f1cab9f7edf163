#include "auth/KeychainTokenStore.h"
#include "auth/MemoryTokenStore.h"
#include "core/ModuleLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;

namespace {

TokenStore::Result await(const std::function<void(TokenStore::Callback)> &call, QObject *context)
{
    std::optional<TokenStore::Result> result;
    call([&](const TokenStore::Result &answer) { result = answer; });
    Q_UNUSED(context)
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {TokenStore::Result::Status::Error, {}, QStringLiteral("no answer")};
    return *result;
}

QStringList filesUnder(const QString &path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memoryStoreAnswersAsynchronously()
    {
        MemoryTokenStore store;
        bool answered = false;
        store.write(QStringLiteral("k"), QStringLiteral("secret"), this,
                    [&](const TokenStore::Result &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        const auto read =
            await([&](auto done) { store.read(QStringLiteral("k"), this, done); }, this);
        QVERIFY(read.ok());
        QCOMPARE(read.secret, QStringLiteral("secret"));
        QVERIFY(
            await([&](auto done) { store.remove(QStringLiteral("k"), this, done); }, this).ok());
        const auto missing =
            await([&](auto done) { store.read(QStringLiteral("k"), this, done); }, this);
        QCOMPARE(missing.status, TokenStore::Result::Status::NotFound);
    }

    void memoryStoreDropsAnswersForDeadContexts()
    {
        MemoryTokenStore store;
        bool answered = false;
        auto *context = new QObject;
        store.write(QStringLiteral("k"), QStringLiteral("s"), context,
                    [&](const TokenStore::Result &) { answered = true; });
        delete context;
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

    void memoryStoreReportsInjectedFailure()
    {
        MemoryTokenStore store;
        store.setFailure(QStringLiteral("locked"));
        const auto result = await(
            [&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("s"), this, done); },
            this);
        QCOMPARE(result.status, TokenStore::Result::Status::Error);
        QCOMPARE(result.errorMessage, QStringLiteral("locked"));
        QVERIFY(store.contents().isEmpty());
    }

    // Runs against whatever keychain this machine has. With one, the secret
    // round-trips; without one, the error must reach the caller, and in
    // either case nothing may be written to a file in the app's folders.
    void keychainRoundTripOrSurfacedErrorNeverAFile()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("pd-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tokenstore"));

        KeychainTokenStore store(QStringLiteral("Privacy Dashboard test ") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString key = QStringLiteral("refresh-token/test");
        const QString secret = QStringLiteral("secret-") + QUuid::createUuid().toString();
        const auto written = await([&](auto done) { store.write(key, secret, this, done); }, this);
        const auto read = await([&](auto done) { store.read(key, this, done); }, this);
        const auto removed = await([&](auto done) { store.remove(key, this, done); }, this);

        if (qEnvironmentVariableIsSet("PD_EXPECT_KEYCHAIN"))
            QVERIFY2(written.ok(), qPrintable(written.errorMessage));
        if (written.ok()) {
            QVERIFY(read.ok());
            QCOMPARE(read.secret, secret);
            QVERIFY(removed.ok());
            const auto gone = await([&](auto done) { store.read(key, this, done); }, this);
            QCOMPARE(gone.status, TokenStore::Result::Status::NotFound);
        } else {
            qInfo("no usable keychain here: %s", qPrintable(written.errorMessage));
            QCOMPARE(written.status, TokenStore::Result::Status::Error);
            QVERIFY(!written.errorMessage.isEmpty());
            QVERIFY(!read.ok());
            QVERIFY(read.secret.isEmpty());
        }
        // Through the keychain module (ctest points $PD_MODULE_DIR at the
        // build's modules), the one place QtKeychain is linked.
        QVERIFY2(!ModuleLoader::loadedFrom(KeychainTokenStore::moduleName()).isEmpty(),
                 qPrintable(written.errorMessage));
        QVERIFY2(filesUnder(home.path()).isEmpty(),
                 qPrintable(filesUnder(home.path()).join(QLatin1Char(','))));
        QVERIFY(QSettings().allKeys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
