// A session that was signed in when the app quit resumes at the next start,
// its refresh token in a real keychain (run through run-with-keyring.sh): the
// main window shows the local copy at once, before the keychain or the
// server has answered, and stays once the session is back. When the server
// cannot be reached, the sign-in takes over, and the local copy is kept for
// the next try.
#include "AppController.h"
#include "DataPagesSession.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "core/SettingKeys.h"
#include "models/VisitsModel.h"
#include "net/ServerProfileStore.h"
#include "signin/SignInDialog.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;
using namespace pd::test;

class TestGuiResume : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    AppServices::Options options() const
    {
        AppServices::Options options;
        options.dataDir = m_dir.filePath(QStringLiteral("data"));
        options.settings = m_settings.get();
        // The keychain: what a real start resumes from.
        options.ephemeralSecrets = false;
        return options;
    }

    // Signs in to accounts()[1] (no two-factor), waits for the first sync,
    // and quits as the app does: the session and its local copy stay.
    bool signInAndQuit(QString *error)
    {
        AppServices services(options());
        if (!services.start(error))
            return false;
        ServerProfile profile = ServerProfile::forUrl(m_server.origin());
        profile.name = QStringLiteral("Test server");
        profile.caBundlePath = m_server.caCertificatePath();
        services.profiles().save(profile);
        services.activateProfile(profile);
        QSignalSpy signedIn(&services, &AppServices::signedIn);
        QSignalSpy synced(&services, &AppServices::syncFinished);
        const DemoAccount account = m_server.accounts().at(1);
        services.auth()->signInWithPassword(account.email, account.password,
                                            QStringLiteral("tst_gui_resume"));
        if (!signedIn.wait(30000)) {
            *error = QStringLiteral("sign-in did not complete");
            return false;
        }
        if (synced.isEmpty() && !synced.wait(180000)) {
            *error = QStringLiteral("the first sync did not finish");
            return false;
        }
        if (synced.constFirst().constFirst().value<SyncOutcome>() != SyncOutcome::Completed) {
            *error = QStringLiteral("the first sync failed");
            return false;
        }
        return true;
    }

    static void buildPages(AppController &controller, AppServices &services)
    {
        controller.setPageBuilder(
            [s = &services](MainWindow &window) { PageCatalog::addStandardPages(window, *s); });
    }

    static QString accountText(AppController &controller)
    {
        return controller.mainWindow()->findChild<QLabel *>(QStringLiteral("accountLabel"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs a D-Bus session with a keyring (run-with-keyring.sh)");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        // Never the developer's own Documents.
        SettingKeys::receiptsFolder.write(*m_settings, m_dir.filePath(QStringLiteral("receipts")));
    }

    void mainWindowShowsTheLocalCopyWhileTheSessionResumes()
    {
        QString error;
        QVERIFY2(signInAndQuit(&error), qPrintable(error));

        AppServices services(options());
        QVERIFY2(services.start(&error), qPrintable(error));
        AppController controller(&services, m_settings.get(), {});
        buildPages(controller, services);
        QSignalSpy signedIn(&services, &AppServices::signedIn);
        controller.start();
        // Nothing has been asked of the keychain or the server yet.
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(!controller.signInDialog()->isVisible());
        QVERIFY(!services.auth() || !services.auth()->isSignedIn());
        const QString resuming = accountText(controller);
        QVERIFY2(resuming.contains(QLatin1String("Test server")), qPrintable(resuming));
        QTRY_VERIFY(services.visits()->rowCount() > 0);

        QVERIFY(signedIn.wait(30000));
        QVERIFY(services.auth()->isSignedIn());
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(!controller.signInDialog()->isVisible());
        QVERIFY(accountText(controller) != resuming);
        // A resumed session keeps its local copy.
        QVERIFY(services.visits()->rowCount() > 0);
    }

    void signInTakesOverWhenTheServerCannotBeReached()
    {
        QString error;
        QVERIFY2(signInAndQuit(&error), qPrintable(error));
        m_server.halt();

        AppServices services(options());
        QVERIFY2(services.start(&error), qPrintable(error));
        AppController controller(&services, m_settings.get(), {});
        buildPages(controller, services);
        controller.start();
        QVERIFY(controller.mainWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(controller.signInDialog()->isVisible(), 60000);
        QVERIFY(!controller.mainWindow()->isVisible());
        QVERIFY(!controller.signInDialog()->isBusy());
        QVERIFY(!services.auth()->isSignedIn());
        // Kept for the next try: the token and the copy.
        QVERIFY(services.hasCachedSession(services.activeProfile().id));
        QVERIFY(services.visits()->rowCount() > 0);
        QVERIFY(m_server.restart());
    }
};

QTEST_MAIN(TestGuiResume)
#include "tst_gui_resume.moc"
