// Single sign-on in the sign-in window, driven through the real widgets (the
// wait for the browser is a BrowserSignInDialog over the sign-in window): the
// reference backend trusts a real OpenID Provider (node's oidc-provider on
// loopback), AuthorizationDriver plays the user in the browser and the test
// delivers the provider's redirect to the app's loopback listener, as the
// browser would.
#include "AppController.h"
#include "MainWindow.h"
#include "auth/AuthService.h"
#include "common/ApiError.h"
#include "core/AppServices.h"
#include "net/ServerProfileStore.h"
#include "pages/Page.h"
#include "signin/BrowserSignInDialog.h"
#include "signin/CredentialsStep.h"
#include "signin/SignInDialog.h"
#include "widgets/PlainTextLabel.h"

#include "AuthorizationDriver.h"
#include "DataPagesSession.h"
#include "OidcTestProvider.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using namespace pd::test;

namespace {

const QString kProviderName = QStringLiteral("Test IdP");
// The provider's devInteractions login becomes the ID token's subject.
const QString kPlainLogin = QStringLiteral("plain-user");
const QString kTwoFactorLogin = QStringLiteral("two-factor-user");
const QString kUnlinkedLogin = QStringLiteral("nobody-linked");

// Stands in for the system browser: records what the app asks it to open.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened << url; }
};

// The main window needs a page to show; the real ones are tested elsewhere.
class BlankPage : public Page
{
public:
    BlankPage()
    {
        auto *label = new QLabel(QStringLiteral("Overview"), this);
        setContent(label);
        showContent();
    }
    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return QStringLiteral("Overview"); }
    QString iconName() const override { return QStringLiteral("go-home"); }
    void activate() override {}
};

QString oidcText(const char *source)
{
    return QCoreApplication::translate("pd::OidcAuthorization", source);
}

QString dialogText(const char *source)
{
    return QCoreApplication::translate("pd::SignInDialog", source);
}

QString waitingText()
{
    return QCoreApplication::translate("pd::BrowserSignInDialog",
                                       "Waiting for you to sign in at %1 in your browser…")
        .arg(kProviderName);
}

} // namespace

class TestGuiOidcSignIn : public QObject
{
    Q_OBJECT

    OidcTestProvider m_idp;
    TestServer m_server;
    BrowserStandIn m_browser;
    QNetworkAccessManager m_network;
    DataPagesSession m_session;
    std::unique_ptr<AppController> m_controller;
    int m_port = 50152;
    // The wait for the browser of the last startInBrowser().
    QPointer<BrowserSignInDialog> m_browserSignIn;

    AppServices *services() const { return m_session.services(); }
    SignInDialog *dialog() const { return m_controller->signInDialog(); }
    MainWindow *window() const { return m_controller->mainWindow(); }

    template <typename T> T *dialogChild(const QString &name) const
    {
        return dialog()->findChild<T *>(name);
    }
    QPushButton *oidcButton() const
    {
        return dialogChild<QPushButton>(QStringLiteral("oidcButton"));
    }
    QString messageText() const
    {
        return dialogChild<QLabel>(QStringLiteral("messageLabel"))->text();
    }
    // The wait for the browser showing over the sign-in window, or null.
    BrowserSignInDialog *openBrowserSignIn() const
    {
        for (BrowserSignInDialog *browser : dialog()->findChildren<BrowserSignInDialog *>()) {
            if (browser->isVisible())
                return browser;
        }
        return nullptr;
    }

    // Clicks the provider's button; the authorization URL the app opened in
    // the "browser" (m_browserSignIn waiting for it), or an invalid URL.
    QUrl startInBrowser()
    {
        m_browserSignIn = nullptr;
        // The button works once the server's discovery has named the provider.
        if (!QTest::qWaitFor([this] { return oidcButton()->isEnabled(); }, 30000))
            return {};
        const qsizetype before = m_browser.opened.size();
        QTest::mouseClick(oidcButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return m_browser.opened.size() > before; }, 30000))
            return {};
        m_browserSignIn = openBrowserSignIn();
        if (!m_browserSignIn)
            return {};
        return m_browser.opened.constLast();
    }

    // The reason of a failed wait for the browser: shown in its dialog, still
    // open, and in the sign-in window behind it, where it stays once the
    // user has closed the dialog.
    void checkBrowserStepFailed(const QString &reason)
    {
        QPointer<BrowserSignInDialog> browser = m_browserSignIn;
        QVERIFY(browser);
        QTRY_COMPARE_WITH_TIMEOUT(browser->statusLabel()->text(), reason, 30000);
        QCOMPARE(messageText(), reason);
        QVERIFY(browser->isVisible());
        QVERIFY(!browser->openAgainButton()->isEnabled());
        QVERIFY(!dialog()->isBusy());
        QTest::mouseClick(browser->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(browser.isNull());
        QCOMPARE(messageText(), reason);
    }

    static QUrl redirectUriOf(const QUrl &authorizationUrl)
    {
        return QUrl(QUrlQuery(authorizationUrl)
                        .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    }

    // What the browser does with the provider's final redirect: a GET to
    // the app's listener. The page the listener answered with.
    QByteArray deliver(const QUrl &callback)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(callback));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        reply->deleteLater();
        return reply->readAll();
    }

    // Whether anything still accepts connections at `url`'s port.
    static bool listens(const QUrl &url)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(url.port()));
        socket.waitForConnected(5000);
        return socket.state() == QAbstractSocket::ConnectedState;
    }

    // A sign-in at the provider made by the test itself (as an app would),
    // for linking through the API: the ID token, or empty and *error.
    QByteArray providerIdToken(const QString &login, QString *error)
    {
        return m_idp.signInForIdToken(
            OidcTestProvider::clientId(),
            QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(++m_port)),
            m_server.oidcNonce(), login, error);
    }

    // Links `login` at the provider to `account`, from a recently
    // re-authenticated session, through the API (the Security page's way).
    QString link(const DemoAccount &account, const QString &login)
    {
        const Tokens tokens = m_server.signIn(account);
        if (tokens.accessToken.isEmpty())
            return QStringLiteral("password sign-in failed");
        const Reply reauthenticated = m_server.reauthenticate(account, tokens.accessToken);
        if (reauthenticated.status != 204)
            return QStringLiteral("reauthenticate: %1").arg(reauthenticated.status);
        QString error;
        const QByteArray token = providerIdToken(login, &error);
        if (token.isEmpty())
            return error;
        const Reply linked =
            m_server.postJson(QStringLiteral("/api/v1/auth/oidc/identities"),
                              {{QStringLiteral("issuer"), m_idp.issuer()},
                               {QStringLiteral("id_token"), QString::fromLatin1(token)}},
                              tokens.accessToken);
        if (linked.status != 201)
            return QStringLiteral("link: %1 %2").arg(linked.status).arg(linked.problemSlug());
        return {};
    }

    // Plays the user at the provider and hands the result to the app.
    void signInAtProvider(const QString &login)
    {
        const QUrl url = startInBrowser();
        QVERIFY2(url.isValid(), "the app did not open the browser");
        QPointer<BrowserSignInDialog> browser = m_browserSignIn;
        QTRY_COMPARE(browser->statusLabel()->text(), waitingText());
        AuthorizationDriver driver(m_idp);
        const std::optional<QUrl> callback = driver.authorize(url, login);
        QVERIFY2(callback, qPrintable(driver.lastError()));
        QCOMPARE(callback->adjusted(QUrl::RemoveQuery), redirectUriOf(url));
        const QByteArray page = deliver(*callback);
        QVERIFY2(page.contains("close this tab"), page.constData());
        // Its part done, the wait closes; the sign-in window goes on.
        QTRY_VERIFY_WITH_TIMEOUT(browser.isNull(), 30000);
    }

    void signOutAndWait()
    {
        services()->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->isVisible(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_idp.start(), qPrintable(m_idp.lastError()));
        QVERIFY2(m_server.start(m_idp.serverArguments(kProviderName)),
                 qPrintable(m_server.lastError()));
        // The app's profile has one custom CA file: the server's and the
        // provider's CA both go into it.
        const QString bundle = m_idp.writeCaBundle({m_server.caCertificatePath()});
        QVERIFY2(!bundle.isEmpty(), qPrintable(m_idp.lastError()));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl");

        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        m_session.addProfile(m_server, bundle);

        m_controller = std::make_unique<AppController>(services(), m_session.settings(),
                                                       AppController::Options{});
        window()->addPage(new BlankPage);
        m_controller->start();
        QTRY_VERIFY(dialog()->isVisible());
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        m_controller.reset();
        m_session.stop();
    }

    void buttonNamesTheServersProvider()
    {
        QPushButton *button = oidcButton();
        QVERIFY(button);
        // Enabled once the server's discovery lists the provider.
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QVERIFY2(button->text().contains(kProviderName), qPrintable(button->text()));
        QCOMPARE(button->accessibleName(),
                 QCoreApplication::translate("pd::CredentialsStep", "Sign in with %1")
                     .arg(kProviderName));
        QVERIFY(!button->menu());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        const QStringList missing = unnamedTabStops(dialog());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    void severalProvidersOfferAChoice()
    {
        CredentialsStep step;
        Discovery::OidcIssuer named;
        named.issuer = QUrl(QStringLiteral("https://idp-a.example"));
        named.clientId = QStringLiteral("app");
        named.displayName = QStringLiteral("R&D <b>Login</b>");
        Discovery::OidcIssuer unnamed;
        unnamed.issuer = QUrl(QStringLiteral("https://login.example.org"));
        unnamed.clientId = QStringLiteral("app");
        QSignalSpy requested(&step, &CredentialsStep::providerSignInRequested);
        auto *button = step.findChild<QPushButton *>(QStringLiteral("oidcButton"));

        step.setIdentityProviders(QStringLiteral("Example"), {named, unnamed});
        QVERIFY(button->isEnabled());
        QVERIFY(button->menu());
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), 2);
        // Server text: '&' is no shortcut marker, markup stays text.
        QCOMPARE(actions.at(0)->text(), QStringLiteral("R&&D <b>Login</b>"));
        // Without a display name, the provider's host.
        QCOMPARE(actions.at(1)->text(), QStringLiteral("login.example.org"));
        actions.at(1)->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<Discovery::OidcIssuer>(), unnamed);

        step.setIdentityProviders(QStringLiteral("Example"), {named});
        QVERIFY(!button->menu());
        QVERIFY2(button->text().contains(QLatin1String("R&&D <b>Login</b>")),
                 qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).value<Discovery::OidcIssuer>(), named);

        step.setIdentityProviders(QStringLiteral("Example"), {});
        QVERIFY(!button->isEnabled());
        QVERIFY(!button->menu());
        QVERIFY2(button->toolTip().contains(QLatin1String("Example")),
                 qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 2);
    }

    void unlinkedIdentityIsRefusedWithHowToLink()
    {
        signInAtProvider(kUnlinkedLogin);
        if (QTest::currentTestFailed())
            return;
        const QString expected = ApiError::messageForSlug(QStringLiteral("identity-not-linked"));
        QVERIFY(!expected.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(messageText(), expected, 30000);
        QVERIFY(!dialog()->isBusy());
        QVERIFY(!window()->isVisible());
        QVERIFY(oidcButton()->isEnabled());
        QVERIFY(dialogChild<QLineEdit>(QStringLiteral("email"))->isVisible());
        QVERIFY(!openBrowserSignIn());
    }

    void declinedAtTheProviderIsShown()
    {
        const QUrl url = startInBrowser();
        QVERIFY(url.isValid());
        AuthorizationDriver driver(m_idp);
        const std::optional<QUrl> callback = driver.cancelAtLogin(url);
        QVERIFY2(callback, qPrintable(driver.lastError()));
        deliver(*callback);
        checkBrowserStepFailed(
            oidcText("The sign-in was declined or cancelled at %1.").arg(kProviderName));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!dialog()->isBusy());
        QVERIFY(oidcButton()->isEnabled());
        QVERIFY(!listens(redirectUriOf(url)));
        QVERIFY(!window()->isVisible());
    }

    void closingTheBrowserTimesOut()
    {
        dialog()->setBrowserTimeout(std::chrono::milliseconds(1500));
        const QUrl url = startInBrowser();
        QVERIFY(url.isValid());
        QTRY_VERIFY(dialog()->isBusy());
        QVERIFY(listens(redirectUriOf(url)));
        // Nobody signs in: the browser was closed.
        checkBrowserStepFailed(oidcText("The sign-in in the browser was not finished in time. "
                                        "If you closed the browser, start again."));
        QVERIFY(!dialog()->isBusy());
        QVERIFY(!listens(redirectUriOf(url)));
        QVERIFY(oidcButton()->isEnabled());
        dialog()->setBrowserTimeout(OidcAuthorization::kDefaultBrowserTimeout);
    }

    void cancelWhileWaitingClosesTheListener()
    {
        const QUrl url = startInBrowser();
        QVERIFY(url.isValid());
        QPointer<BrowserSignInDialog> browser = m_browserSignIn;
        // Over the sign-in window, which waits behind it.
        QCOMPARE(browser->parentWidget(), dialog());
        QCOMPARE(browser->windowModality(), Qt::WindowModal);
        QTRY_COMPARE(browser->statusLabel()->text(), waitingText());
        QVERIFY(dialog()->isBusy());
        QVERIFY(!oidcButton()->isEnabled());
        QVERIFY(listens(redirectUriOf(url)));

        // The link again, for a browser that did not come up.
        QCOMPARE(browser->linkField()->text(), url.toString(QUrl::FullyEncoded));
        QPushButton *openAgain = browser->openAgainButton();
        QPushButton *copyLink = browser->copyButton();
        QVERIFY(openAgain->isVisible() && openAgain->isEnabled());
        QVERIFY(copyLink->isVisible() && copyLink->isEnabled());
        const qsizetype opened = m_browser.opened.size();
        QTest::mouseClick(openAgain, Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), opened + 1);
        QCOMPARE(m_browser.opened.constLast(), url);
        QTest::mouseClick(copyLink, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));
        const QStringList missing = unnamedTabStops(browser);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));

        // Escape is Cancel while waiting.
        QTest::keyClick(browser, Qt::Key_Escape);
        QVERIFY(!dialog()->isBusy());
        QVERIFY(dialog()->isVisible());
        QCOMPARE(messageText(), dialogText("Sign-in cancelled."));
        QTRY_VERIFY(browser.isNull());
        QVERIFY(!listens(redirectUriOf(url)));
        QVERIFY(dialogChild<QLineEdit>(QStringLiteral("email"))->isVisible());
        QVERIFY(oidcButton()->isEnabled());
    }

    void linkedIdentitySignsIn()
    {
        const QString error = link(m_server.accounts().at(1), kPlainLogin);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        signInAtProvider(kPlainLogin);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY2_WITH_TIMEOUT(window()->isVisible(), qPrintable(messageText()), 30000);
        QTRY_VERIFY(!dialog()->isVisible());
        QVERIFY(services()->auth()->isSignedIn());
        QVERIFY(services()->auth()->signedInWithProvider());
        QVERIFY(services()->auth()->providerSignOutUrl().isValid());
    }

    void signOutOffersTheProvidersSignOut()
    {
        const QUrl providerSignOut = services()->auth()->providerSignOutUrl();
        QVERIFY(providerSignOut.toString().startsWith(
            m_idp.discovery().value(QStringLiteral("end_session_endpoint")).toString()));
        QAction *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->isVisible(), 60000);
        auto *notice = dialogChild<QWidget>(QStringLiteral("providerSignOutNotice"));
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(dialogChild<QLabel>(QStringLiteral("providerSignOutText"))->text(),
                 dialogText("You are signed out of Privacy Dashboard. Also sign "
                            "out of %1 in your browser?")
                     .arg(kProviderName));
        const QStringList missing = unnamedTabStops(dialog());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));

        const qsizetype opened = m_browser.opened.size();
        QTest::mouseClick(dialogChild<QPushButton>(QStringLiteral("providerSignOutButton")),
                          Qt::LeftButton);
        QCOMPARE(m_browser.opened.size(), opened + 1);
        const QUrl url = m_browser.opened.constLast();
        QCOMPARE(url, providerSignOut);
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("client_id")),
                 OidcTestProvider::clientId());
        QVERIFY(!notice->isVisible());
    }

    void twoFactorFollowsTheProvider()
    {
        const DemoAccount account = m_server.accounts().at(0);
        const QString error = link(account, kTwoFactorLogin);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        signInAtProvider(kTwoFactorLogin);
        if (QTest::currentTestFailed())
            return;
        auto *code = dialogChild<QLineEdit>(QStringLiteral("totpCode"));
        QTRY_VERIFY2_WITH_TIMEOUT(code->isVisible(), qPrintable(messageText()), 30000);
        QVERIFY(!window()->isVisible());
        // Linking signed in with this step's code (each is accepted once):
        // the next steps' are accepted too.
        for (int step = 0; step <= 2 && !window()->isVisible(); ++step) {
            code->setFocus();
            code->selectAll();
            QTest::keyClick(code, Qt::Key_Backspace);
            QTest::keyClicks(code, TestServer::totpCode(account.totpSecret, step));
            QTest::mouseClick(dialogChild<QPushButton>(QStringLiteral("signInButton")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible() || !dialog()->isBusy(), 30000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), 30000);
        QVERIFY(services()->auth()->signedInWithProvider());
        signOutAndWait();
        QTRY_VERIFY(dialogChild<QWidget>(QStringLiteral("providerSignOutNotice"))->isVisible());
    }

    void passwordSignInOffersNoProviderSignOut()
    {
        const DemoAccount account = m_server.accounts().at(1);
        auto *email = dialogChild<QLineEdit>(QStringLiteral("email"));
        email->setText(account.email);
        dialogChild<QLineEdit>(QStringLiteral("password"))->setText(account.password);
        QTest::mouseClick(dialogChild<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), 30000);
        QVERIFY(!services()->auth()->signedInWithProvider());
        signOutAndWait();
        QVERIFY(!dialogChild<QWidget>(QStringLiteral("providerSignOutNotice"))->isVisible());
    }
};

QTEST_MAIN(TestGuiOidcSignIn)
#include "tst_gui_oidc_signin.moc"
