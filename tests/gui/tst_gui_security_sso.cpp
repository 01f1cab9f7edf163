// Single sign-on on the Security and Devices pages, driven through the real
// widgets against the reference backend and a real OpenID Provider (node's
// oidc-provider on loopback): linking a sign-in (the browser played by
// AuthorizationDriver, the re-authentication confirmed with the password),
// signing in with it, the sign-in method on the Devices page, unlinking,
// cancelling while the app waits for the browser, a sign-in declined at the
// provider, and one already linked to another account.
#include "AuthorizationDriver.h"
#include "DataPagesSession.h"
#include "OidcTestProvider.h"

#include "core/AppServices.h"
#include "pages/DevicesPage.h"
#include "pages/LinkedIdentitiesSection.h"
#include "pages/SecurityPage.h"
#include "requests/RequestFlows.h"
#include "security/ReauthenticateDialog.h"
#include "signin/BrowserSignInDialog.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace pd;
using namespace pd::test;

namespace {
const QString kLogin = QStringLiteral("gui-sso-user");
const QString kProvider = QStringLiteral("Test IdP");
const QString kOther = QStringLiteral("Other Org");
constexpr int kSignInMethodColumn = 5;
} // namespace

class TestGuiSecuritySso : public QObject
{
    Q_OBJECT

    OidcTestProvider m_idp;
    TestServer m_server;
    DataPagesSession m_session;
    DemoAccount m_account;
    Tokens m_tokens;
    std::unique_ptr<QWidget> m_window;
    RequestFlows *m_flows = nullptr;
    std::unique_ptr<SecurityPage> m_page;
    QList<QUrl> m_opened;
    int m_port = 50100;

    AppServices *services() const { return m_session.services(); }
    LinkedIdentitiesSection *section() const { return m_page->linkedIdentities(); }

    QJsonArray serverIdentities()
    {
        return serverJson(m_server, m_tokens, QStringLiteral("/api/v1/auth/oidc/identities"))
            .value(QLatin1String("items"))
            .toArray();
    }

    ReauthenticateDialog *visibleReauthentication() const
    {
        return visibleChild<ReauthenticateDialog>(m_page.get());
    }

    QString statusText() const
    {
        auto *status = m_page->findChild<ActionStatusBar *>();
        return status ? status->text() : QString();
    }

    // An ID token for kLogin from the provider, as another native app would
    // get one (its own PKCE, state and loopback port, a nonce from the
    // server); empty and *error when the provider did not issue one.
    QByteArray freshIdToken(QString *error)
    {
        return m_idp.signInForIdToken(
            OidcTestProvider::clientId(),
            QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(++m_port)),
            m_server.oidcNonce(), kLogin, error);
    }

    Reply signInWithProvider(const QByteArray &idToken, const QString &deviceName)
    {
        return m_server.postJson(QStringLiteral("/api/v1/auth/oidc"),
                                 {{QStringLiteral("issuer"), m_idp.issuer()},
                                  {QStringLiteral("id_token"), QString::fromLatin1(idToken)},
                                  {QStringLiteral("device_name"), deviceName}});
    }

    // Presses the link button and waits for the app to open the browser;
    // the dialog then waiting, or null.
    BrowserSignInDialog *startLinking()
    {
        m_opened.clear();
        QPushButton *link = section()->linkButton();
        if (!QTest::qWaitFor([link] { return link->isEnabled(); }, 15000))
            return nullptr;
        // Two providers: the button's menu chooses (its exec() would block
        // here, so the entry is triggered as the menu would).
        QMenu *menu = link->menu();
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Sign in at %1…").arg(kProvider))
                action->trigger();
        }
        if (!QTest::qWaitFor([this] { return !m_opened.isEmpty(); }, 30000))
            return nullptr;
        return section()->signInDialog();
    }

public Q_SLOTS:
    // QDesktopServices' handler for https: the browser, as far as the app
    // can tell.
    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        QVERIFY2(m_idp.start(), qPrintable(m_idp.lastError()));
        // A second provider, never reached: the link button offers a choice.
        QVERIFY2(m_server.start(m_idp.serverArguments(kProvider) +
                                QStringList{QStringLiteral("--oidc-issuer"),
                                            QStringLiteral("https://idp.invalid,app,") + kOther}),
                 qPrintable(m_server.lastError()));
        const QString bundle = m_idp.writeCaBundle({m_server.caCertificatePath()});
        QVERIFY2(!bundle.isEmpty(), qPrintable(m_idp.lastError()));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        QVERIFY2(m_session.signIn(m_server, 1, &error, bundle), qPrintable(error));
        m_account = m_server.accounts().at(1); // two-factor off
        m_tokens = m_server.signIn(m_account, QStringLiteral("tst_gui_security_sso"));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");

        m_window = std::make_unique<QWidget>();
        m_flows = new RequestFlows(services(), m_window.get());
        m_page = std::make_unique<SecurityPage>(services(), m_flows);
        QVERIFY(showAndActivate(m_page.get(), {1000, 900}));
        QTRY_COMPARE_WITH_TIMEOUT(pageState(m_page.get()), QStringLiteral("content"), 30000);
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void showsNoLinkedSignInAndOffersTheProvider()
    {
        QTRY_VERIFY_WITH_TIMEOUT(section()->linkButton()->isEnabled(), 15000);
        QVERIFY(section()->identities().isEmpty());
        QVERIFY(section()->unlinkButtons().isEmpty());
        QVERIFY(!section()->availabilityLabel()->isVisible());
        // Two providers: the button offers a choice.
        QMenu *menu = section()->linkButton()->menu();
        QVERIFY(menu);
        QStringList choices;
        for (const QAction *action : menu->actions())
            choices << action->text();
        choices.sort();
        QCOMPARE(choices, (QStringList{QStringLiteral("Sign in at %1…").arg(kOther),
                                       QStringLiteral("Sign in at %1…").arg(kProvider)}));
        QVERIFY(section()->linkButton()->focusPolicy() & Qt::TabFocus);
        checkAccessibleNames(m_page.get());
    }

    void linkFromTheSecurityPage()
    {
        BrowserSignInDialog *dialog = startLinking();
        QVERIFY(dialog);
        QPointer<BrowserSignInDialog> guard(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        const QUrl authorization = m_opened.constFirst();
        QVERIFY2(authorization.toString().startsWith(m_idp.issuer()),
                 qPrintable(authorization.toString()));
        QCOMPARE(
            dialog->statusLabel()->text(),
            QStringLiteral("Waiting for you to sign in at %1 in your browser…").arg(kProvider));
        QCOMPARE(dialog->linkField()->text(), authorization.toString(QUrl::FullyEncoded));
        QVERIFY(dialog->copyButton()->isEnabled());
        checkAccessibleNames(dialog);
        // "Open again" opens the same link once more.
        QTest::mouseClick(dialog->openAgainButton(), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.at(1), authorization);

        // The user signs in and consents in the browser, which then comes
        // back to the app's loopback listener.
        AuthorizationDriver driver(m_idp);
        const std::optional<QUrl> callback = driver.authorize(authorization, kLogin);
        QVERIFY2(callback, qPrintable(driver.lastError()));
        QCOMPARE(callback->host(), QStringLiteral("127.0.0.1"));
        const AuthorizationDriver::Delivery delivery = driver.deliver(*callback);
        QCOMPARE(delivery.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);

        // The session has not confirmed it is the user lately: the app asks
        // for the password, then sends the same link request again.
        QVERIFY2(QTest::qWaitFor([this] { return visibleReauthentication() != nullptr; }, 30000),
                 qPrintable(statusText()));
        ReauthenticateDialog *reauth = visibleReauthentication();
        checkAccessibleNames(reauth);
        QTest::keyClicks(reauth->passwordField()->lineEdit(), m_account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(section()->identities().size(), 1, 30000);
        QVERIFY2(statusText().contains(QStringLiteral("is linked")), qPrintable(statusText()));
        PlainTextLabel *label = section()->identityLabels().constFirst();
        QVERIFY2(label->text().startsWith(kProvider + QStringLiteral(", linked on ")),
                 qPrintable(label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(
            QLocale().toString(section()->identities().constFirst().linkedAt.toLocalTime().date(),
                               QLocale::LongFormat)));
        QCOMPARE(section()->unlinkButtons().size(), 1);
        QCOMPARE(section()->unlinkButtons().constFirst()->accessibleName(),
                 QStringLiteral("Unlink the %1 sign-in").arg(kProvider));
        checkAccessibleNames(m_page.get());

        // The server has it, for this account.
        const QJsonArray identities = serverIdentities();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().toObject().value(QLatin1String("issuer")).toString(),
                 m_idp.issuer());
        QCOMPARE(identities.first().toObject().value(QLatin1String("subject")).toString(), kLogin);
    }

    void theLinkedSignInOpensTheAccount()
    {
        QString error;
        const QByteArray idToken = freshIdToken(&error);
        QVERIFY2(!idToken.isEmpty(), qPrintable(error));
        const Reply reply = signInWithProvider(idToken, QStringLiteral("SSO laptop"));
        QCOMPARE(reply.status, 200);
        const QString accessToken = reply.json().value(QLatin1String("access_token")).toString();
        QVERIFY(!accessToken.isEmpty());
        // The same account as the password's.
        const QJsonObject me =
            m_server.get(QStringLiteral("/api/v1/auth/security"), accessToken).json();
        QVERIFY(!me.isEmpty());
        Tokens tokens;
        tokens.accessToken = accessToken;
        QCOMPARE(serverJson(m_server, tokens, QStringLiteral("/api/v1/auth/oidc/identities"))
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 1);
    }

    void devicesShowTheSignInMethod()
    {
        DevicesPage devices(services());
        QVERIFY(showExposed(&devices, {1200, 600}));
        devices.activate();
        QTRY_COMPARE_WITH_TIMEOUT(pageState(&devices), QStringLiteral("content"), 30000);
        ReadOnlyTable *table = devices.table();
        QCOMPARE(table->horizontalHeaderItem(kSignInMethodColumn)->text(),
                 QStringLiteral("Signed in with"));
        QVERIFY(!table->isColumnHidden(kSignInMethodColumn));
        int sso = -1;
        int current = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->text(row, 0).contains(QStringLiteral("SSO laptop")))
                sso = row;
            if (table->text(row, 0).contains(QStringLiteral("(this device)")))
                current = row;
        }
        QVERIFY(sso >= 0);
        QVERIFY(current >= 0);
        QCOMPARE(table->text(sso, kSignInMethodColumn), QStringLiteral("Single sign-on"));
        QCOMPARE(table->text(current, kSignInMethodColumn), QStringLiteral("Password"));
        QCOMPARE(DevicesPage::signInMethodText(QString()), QStringLiteral("Unknown"));
    }

    void unlinkAsksFirstThenRemovesTheSignIn()
    {
        QCOMPARE(section()->unlinkButtons().size(), 1);
        const auto openConfirmation = [this]() -> QMessageBox * {
            QPushButton *unlink = section()->unlinkButtons().constFirst();
            unlink->setFocus();
            QTest::keyClick(unlink, Qt::Key_Space);
            QMessageBox *box = nullptr;
            const bool shown = QTest::qWaitFor(
                [&] {
                    box = nullptr;
                    for (QMessageBox *candidate : m_page->findChildren<QMessageBox *>()) {
                        if (candidate->isVisible())
                            box = candidate;
                    }
                    return box != nullptr;
                },
                5000);
            return shown ? box : nullptr;
        };

        // Declined: nothing changes.
        QMessageBox *box = openConfirmation();
        QVERIFY(box);
        QPointer<QMessageBox> guard(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(
                     QStringLiteral("can no longer be used to sign in to this account")),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(kProvider));
        checkAccessibleNames(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QCOMPARE(serverIdentities().size(), 1);

        // Confirmed: unlinked (the session confirmed it is the user a moment
        // ago; should the server ask again, the password is given).
        box = openConfirmation();
        QVERIFY(box);
        QPushButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(confirm);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return visibleReauthentication() || section()->identities().isEmpty(); },
            30000));
        if (ReauthenticateDialog *reauth = visibleReauthentication()) {
            QTest::keyClicks(reauth->passwordField()->lineEdit(), m_account.password);
            QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(section()->identities().isEmpty(), 30000);
        QVERIFY(section()->unlinkButtons().isEmpty());
        QVERIFY2(statusText().contains(QStringLiteral("is unlinked")), qPrintable(statusText()));
        QCOMPARE(serverIdentities().size(), 0);

        // The provider's sign-in no longer opens the account.
        QString error;
        const QByteArray idToken = freshIdToken(&error);
        QVERIFY2(!idToken.isEmpty(), qPrintable(error));
        const Reply reply = signInWithProvider(idToken, QStringLiteral("SSO again"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemSlug(), QStringLiteral("identity-not-linked"));
    }

    void cancelWhileWaitingClosesTheListener()
    {
        BrowserSignInDialog *dialog = startLinking();
        QVERIFY(dialog);
        QPointer<BrowserSignInDialog> guard(dialog);
        QVERIFY(dialog->authorization());
        const QUrl redirect = dialog->authorization()->redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
            QVERIFY2(probe.waitForConnected(5000), qPrintable(probe.errorString()));
        }
        QVERIFY(!section()->linkButton()->isEnabled());

        const QString statusBefore = statusText();
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QTRY_VERIFY(guard.isNull()); // deleted on close, with the attempt
        QVERIFY(!section()->signInDialog());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(5000));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);

        // Nothing was linked, no error shown, and linking can start again.
        QVERIFY(!visibleReauthentication());
        QVERIFY(section()->identities().isEmpty());
        QCOMPARE(statusText(), statusBefore);
        QVERIFY(section()->linkButton()->isEnabled());
        QCOMPARE(serverIdentities().size(), 0);
    }

    void declinedAtTheProviderSaysSo()
    {
        BrowserSignInDialog *dialog = startLinking();
        QVERIFY(dialog);
        QPointer<BrowserSignInDialog> guard(dialog);
        AuthorizationDriver driver(m_idp);
        const std::optional<QUrl> callback = driver.cancelAtLogin(m_opened.constFirst());
        QVERIFY2(callback, qPrintable(driver.lastError()));
        QCOMPARE(QUrlQuery(*callback).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        // The browser's tab says what happened, the dialog too.
        const AuthorizationDriver::Delivery delivery = driver.deliver(*callback);
        QVERIFY2(delivery.networkError.isEmpty(), qPrintable(delivery.networkError));
        QCOMPARE(delivery.status, 200);
        QVERIFY2(delivery.body.contains("could not be completed"), delivery.body.constData());
        const QString declined =
            QStringLiteral("The sign-in was declined or cancelled at %1.").arg(kProvider);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->statusLabel()->text(), declined, 15000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->openAgainButton()->isEnabled());
        checkAccessibleNames(dialog);
        QVERIFY2(statusText().contains(declined), qPrintable(statusText()));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
        QVERIFY(!visibleReauthentication());
        QVERIFY(section()->linkButton()->isEnabled());
        QCOMPARE(serverIdentities().size(), 0);
    }

    void aSignInLinkedToAnotherAccountIsRefused()
    {
        // kLogin is linked to the other demo account now.
        const DemoAccount other = m_server.accounts().at(0);
        const Tokens otherTokens = m_server.signIn(other, QStringLiteral("other account"));
        QVERIFY(!otherTokens.accessToken.isEmpty());
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/auth/reauthenticate"),
                               {{QStringLiteral("password"), other.password}},
                               otherTokens.accessToken)
                     .status,
                 204);
        QString error;
        const QByteArray idToken = freshIdToken(&error);
        QVERIFY2(!idToken.isEmpty(), qPrintable(error));
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/auth/oidc/identities"),
                               {{QStringLiteral("issuer"), m_idp.issuer()},
                                {QStringLiteral("id_token"), QString::fromLatin1(idToken)}},
                               otherTokens.accessToken)
                     .status,
                 201);

        BrowserSignInDialog *dialog = startLinking();
        QVERIFY(dialog);
        QPointer<BrowserSignInDialog> guard(dialog);
        AuthorizationDriver driver(m_idp);
        const std::optional<QUrl> callback = driver.authorize(m_opened.constFirst(), kLogin);
        QVERIFY2(callback, qPrintable(driver.lastError()));
        QCOMPARE(driver.deliver(*callback).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 30000);
        // Should the server ask to confirm it is the user again, the
        // password is given; the refusal follows either way.
        const QString refused = QStringLiteral("This %1 sign-in is already linked to another "
                                               "account, so it cannot be linked to this one.")
                                    .arg(kProvider);
        QVERIFY(QTest::qWaitFor(
            [&] { return visibleReauthentication() || statusText() == refused; }, 30000));
        if (ReauthenticateDialog *reauth = visibleReauthentication()) {
            QTest::keyClicks(reauth->passwordField()->lineEdit(), m_account.password);
            QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(statusText(), refused, 30000);
        QVERIFY(section()->linkButton()->isEnabled());
        QVERIFY(section()->identities().isEmpty());
        QCOMPARE(serverIdentities().size(), 0);
    }
};

QTEST_MAIN(TestGuiSecuritySso)
#include "tst_gui_security_sso.moc"
