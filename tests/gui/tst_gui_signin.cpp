#include "AppController.h"
#include "MainWindow.h"
#include "auth/AuthService.h"
#include "auth/IdleMonitor.h"
#include "common/ApiError.h"
#include "core/AppServices.h"
#include "core/DemoSession.h"
#include "core/TotpCode.h"
#include "net/ServerProfileStore.h"
#include "notifications/DesktopNotifier.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxItem.h"
#include "pages/Page.h"
#include "requests/RequestNotifier.h"
#include "requests/RequestRepository.h"
#include "requests/RequestUpdates.h"
#include "signin/AddServerDialog.h"
#include "signin/ServerPicker.h"
#include "signin/SignInDialog.h"
#include "store/LocalStore.h"
#include "store/StoreSchema.h"
#include "widgets/IdleWarningBanner.h"
#include "widgets/ValueLabels.h"

#include "DataPagesSession.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace pd;
using namespace pd::test;

namespace {

// A page with nothing but a title, standing in for the real ones.
class FakePage : public Page
{
public:
    FakePage(QString title, QString icon)
        : m_title(std::move(title))
        , m_icon(std::move(icon))
    {
        auto *label = new QLabel(m_title, this);
        label->setTextFormat(Qt::PlainText);
        setContent(label);
        showContent();
    }
    QString key() const override { return m_title.toLower(); }
    QString title() const override { return m_title; }
    QString iconName() const override { return m_icon; }
    void activate() override { ++activations; }

    int activations = 0;

private:
    QString m_title;
    QString m_icon;
};

} // namespace

// Sign-in and the main window's frame, driven through the real widgets
// against the reference backend.
class TestGuiSignIn : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    std::unique_ptr<AppController> m_controller;
    QList<FakePage *> m_pages;

    AppServices *services() const { return m_session.services(); }
    SignInDialog *dialog() const { return m_controller->signInDialog(); }
    MainWindow *window() const { return m_controller->mainWindow(); }
    // What the main window's desktop notifier sent (title, body).
    QList<QPair<QString, QString>> m_desktop;
    QString m_followedRequest;

    template <typename T> T *dialogChild(const QString &name) const
    {
        return dialog()->findChild<T *>(name);
    }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    void enterCredentials(const QString &email, const QString &password)
    {
        replaceText(dialogChild<QLineEdit>(QStringLiteral("email")), email);
        replaceText(dialogChild<QLineEdit>(QStringLiteral("password")), password);
        QTest::mouseClick(dialogChild<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
    }

    qint64 rowCount(const QString &table) const
    {
        QSqlQuery query(services()->store()->database());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString messageText() const
    {
        return dialogChild<QLabel>(QStringLiteral("messageLabel"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));

        const ServerProfile profile = m_session.addProfile(m_server);

        m_controller = std::make_unique<AppController>(services(), m_session.settings(),
                                                       AppController::Options{});
        for (const auto &[title, icon] :
             {std::pair{QStringLiteral("Overview"), QStringLiteral("go-home")},
              std::pair{QStringLiteral("Activity"), QStringLiteral("view-list-details")},
              std::pair{QStringLiteral("Requests"), QStringLiteral("mail-send")}}) {
            auto *page = new FakePage(title, icon);
            m_pages << page;
            window()->addPage(page);
        }
        m_controller->start();
        QTRY_VERIFY(dialog()->isVisible());
        QVERIFY(!window()->isVisible());
        QCOMPARE(dialog()->selectedProfile().value_or(ServerProfile()).id, profile.id);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_session.stop();
    }

    void signInDialogIsAccessible()
    {
        const QStringList missing = unnamedTabStops(dialog(), 8);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        auto *oidc = dialogChild<QPushButton>(QStringLiteral("oidcButton"));
        QVERIFY(oidc);
        QVERIFY(!oidc->isEnabled());
        // The reset link comes from the server's discovery document.
        QTRY_VERIFY(dialogChild<QPushButton>(QStringLiteral("forgotPasswordButton"))->isEnabled());
        // This server lists no identity provider: single sign-on stays off
        // and says why (tst_gui_oidc_signin covers a server that has one).
        QVERIFY(!oidc->isEnabled());
        QVERIFY2(oidc->toolTip().contains(QLatin1String("does not offer")),
                 qPrintable(oidc->toolTip()));
        QVERIFY(!oidc->accessibleDescription().isEmpty());
    }

    void addServerShowsTheCertificateBeforeTrustingIt()
    {
        AddServerDialog add(false);
        add.show();
        add.setServerUrl(m_server.origin().toString());
        auto *check = add.findChild<QPushButton *>(QStringLiteral("checkServerButton"));
        auto *ok = add.findChild<QPushButton *>(QStringLiteral("addServerOkButton"));
        auto *message = add.findChild<QLabel *>(QStringLiteral("addServerMessage"));
        auto *provider = add.findChild<QLabel *>(QStringLiteral("providerLabel"));
        QVERIFY(!ok->isEnabled());

        // Without the development CA the server is not trusted.
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 30000);
        QVERIFY(!provider->isVisible());
        // The TLS failure, and what to do about it.
        QVERIFY2(message->text().contains(QCoreApplication::translate(
                     "pd::AddServerDialog", "If your organization uses its own certificate "
                                            "authority, choose its certificate file.")),
                 qPrintable(message->text()));
        QVERIFY(!ok->isEnabled());

        // The CA's details are shown, and it is used only once trusted.
        QVERIFY(add.setCaFile(m_server.caCertificatePath()));
        const QSslCertificate ca =
            QSslCertificate::fromPath(m_server.caCertificatePath()).constFirst();
        auto *details = add.findChild<QPlainTextEdit *>(QStringLiteral("certificateDetails"));
        QVERIFY(details->isVisible());
        const QString text = details->toPlainText();
        QVERIFY(text.contains(
            QString::fromLatin1(ca.digest(QCryptographicHash::Sha256).toHex(':').toUpper())));
        QVERIFY(text.contains(ca.subjectDisplayName()));
        QVERIFY(text.contains(ca.issuerDisplayName()));
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!provider->isVisible());
        QVERIFY(!ok->isEnabled());
        QTest::mouseClick(add.findChild<QCheckBox *>(QStringLiteral("trustCertificate")),
                          Qt::LeftButton);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(provider->isVisible(), 30000);
        QVERIFY(ok->isEnabled());
        QVERIFY(!add.profile().name.isEmpty());
        QVERIFY(provider->text().contains(add.profile().name));
        QCOMPARE(add.profile().caBundlePath, m_server.caCertificatePath());
        const QStringList missing = unnamedTabStops(&add, 6);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(add.result(), int(QDialog::Accepted));
    }

    void unknownServerUrlOpensAddServerOverTheSignInWindow()
    {
        // The picker asks; the sign-in window runs the dialog and owns it.
        dialog()->servers()->selectServerUrl(u"https://privacy.example.org"_qs);
        AddServerDialog *add = nullptr;
        QTRY_VERIFY((add = dialog()->findChild<AddServerDialog *>()) != nullptr);
        QCOMPARE(add->parentWidget(), static_cast<QWidget *>(dialog()));
        QVERIFY(dialog()->servers()->findChild<AddServerDialog *>() == nullptr);
        QCOMPARE(add->findChild<QLineEdit *>(u"serverUrl"_qs)->text(),
                 u"https://privacy.example.org"_qs);
        QPointer<AddServerDialog> closing = add;
        add->reject();
        QTRY_VERIFY(closing.isNull());
        // Cancelled: nothing was added, the server that was chosen stays.
        QCOMPARE(services()->profiles().profiles().size(), 1);
    }

    void passwordCanBeShown()
    {
        auto *password = dialogChild<QLineEdit>(QStringLiteral("password"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        auto *toggle = dialog()->findChild<QAbstractButton *>(QStringLiteral("showPasswordButton"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
    }

    void wrongPasswordShowsTheServersMessage()
    {
        const DemoAccount account = m_server.accounts().at(0);
        enterCredentials(account.email, QStringLiteral("not the password"));
        const QString expected = ApiError::messageForSlug(QStringLiteral("invalid-credentials"));
        QVERIFY(!expected.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(messageText(), expected, 30000);
        QVERIFY(dialogChild<QLabel>(QStringLiteral("messageLabel"))->isVisible());
        QVERIFY(dialogChild<QLineEdit>(QStringLiteral("email"))->isVisible());
        QVERIFY(!window()->isVisible());
    }

    void signInWithTwoFactor()
    {
        const DemoAccount account = m_server.accounts().at(0);
        enterCredentials(account.email, account.password);
        auto *code = dialogChild<QLineEdit>(QStringLiteral("totpCode"));
        QVERIFY(code);
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 30000);
        QVERIFY(!dialogChild<QLineEdit>(QStringLiteral("email"))->isVisible());
        QVERIFY(!dialogChild<QLabel>(QStringLiteral("totpExplanation"))->text().isEmpty());
        // The window grew with the step's explanation: nothing is cut.
        QStringList clipped;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         clipped = clippedTexts(dialog());
                         return clipped.isEmpty();
                     },
                     2000),
                 qPrintable(clipped.join(QLatin1String("; "))));
        const QStringList missing = unnamedTabStops(dialog(), 8);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));

        // Letters are refused; six digits are all it takes.
        QTest::keyClicks(code, QStringLiteral("ab"));
        QVERIFY(code->text().isEmpty());
        QTest::keyClicks(code, TestServer::totpCode(account.totpSecret));
        QTest::mouseClick(dialogChild<QPushButton>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), 30000);
        QTRY_VERIFY(!dialog()->isVisible());
        // No secret stays in the dialog.
        QVERIFY(dialogChild<QLineEdit>(QStringLiteral("password"))->text().isEmpty());
        QVERIFY(code->text().isEmpty());

        QListWidget *sidebar = window()->sidebar();
        QCOMPARE(sidebar->count(), m_pages.size());
        for (int i = 0; i < m_pages.size(); ++i)
            QCOMPARE(sidebar->item(i)->text(), m_pages.at(i)->title());
        QVERIFY(m_pages.at(sidebar->currentRow())->activations > 0);
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window()->currentPage(), m_pages.at(1));
        QVERIFY(m_pages.at(1)->activations > 0);
    }

    void mainWindowIsAccessible()
    {
        const QStringList missing = unnamedTabStops(window(), 3);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    void syncFillsTheStore()
    {
        // The composed sync (page source, token, TLS) downloads the demo data.
        QTRY_VERIFY_WITH_TIMEOUT(rowCount(QStringLiteral("visits")) > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!services()->isSyncing(), 120000);
        QVERIFY(rowCount(QStringLiteral("messages")) > 0);
    }

    void submittedRequestIsFiledAndFollowed()
    {
        // The desktop's notifications, recorded (no notification service
        // here; FreedesktopNotifications is tested on a private bus).
        m_desktop.clear();
        window()->desktopNotifier()->setDesktopSink(
            [this](const QString &title, const QString &body, bool) {
                m_desktop.append({title, body});
                return true;
            });
        // The outbox sends through the shared ApiClient; the tracker follows
        // the request until the server moves it on (after 5 s by default).
        QSignalSpy changed(services(), &AppServices::requestStatusChanged);
        QString error;
        const QJsonObject payload{
            {QStringLiteral("categories"), QJsonArray{QStringLiteral("logs")}},
            {QStringLiteral("format"), QStringLiteral("json")}};
        const auto item = services()->outbox()->submit(QStringLiteral("export"), payload, &error);
        QVERIFY2(item, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(services()->outbox()->item(item->id)->state,
                                  OutboxItem::State::Sent, 30000);
        const QString serverId = services()->outbox()->item(item->id)->serverRequestId;
        QVERIFY(!serverId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 60000);
        QCOMPARE(changed.constFirst().at(0).toString(), serverId);
        QCOMPARE(changed.constFirst().at(1).toString(), QStringLiteral("export"));
        QVERIFY(changed.constFirst().at(2).toString() != QLatin1String("received"));
        m_followedRequest = serverId;
    }

    // The change the tracker saw is an entry of the activity feed, shown
    // once: in the status bar while the window is active, else on the desktop.
    void requestStatusChangeIsNotified()
    {
        QVERIFY(!m_followedRequest.isEmpty());
        RequestUpdates *updates = services()->requestUpdates();
        QTRY_VERIFY(!updates->feed().isEmpty());
        // The newest (the export may have moved on twice by now).
        const RequestUpdate update = updates->feed().constFirst();
        QCOMPARE(update.requestId, m_followedRequest);
        QCOMPARE(update.type, QStringLiteral("export"));
        QVERIFY(update.status != QLatin1String("received"));
        QTRY_COMPARE(updates->pendingCount(), 0);
        QVERIFY(updates->feed().constFirst().notified);
        const QString title = ValueLabels::requestType(QStringLiteral("export"));
        const QString body = RequestNotifier::statusSentence(update.status);
        int shown = 0;
        for (const auto &[shownTitle, shownBody] : std::as_const(m_desktop)) {
            if (shownTitle == title && shownBody == body)
                ++shown;
        }
        if (shown == 0)
            QCOMPARE(window()->statusBar()->currentMessage(),
                     RequestNotifier::statusBarText(title, body));
        else
            QCOMPARE(shown, 1);
    }

    void signOutFromTheMenuWipesTheStore()
    {
        QVERIFY(rowCount(QStringLiteral("visits")) > 0);
        QAction *signOut = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        QCOMPARE(signOut->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        bool inMenu = false;
        for (QAction *menu : window()->menuBar()->actions())
            inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(signOut));
        QVERIFY(inMenu);
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->isVisible(), 30000);
        QVERIFY(!window()->isVisible());
        for (const QString &table : StoreSchema::accountTables())
            QVERIFY2(rowCount(table) == 0, qPrintable(table));
        QVERIFY(!services()->auth()->isSignedIn());
    }

    void idleWarningThenSignOut()
    {
        const DemoAccount account = m_server.accounts().at(1);
        enterCredentials(account.email, account.password);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), 30000);
        IdleWarningBanner *banner = window()->idleBanner();
        QVERIFY(!banner->isVisible());

        // A minute's warning before the end: with 63 s, it comes after 3 s.
        services()->idle()->setTimeout(std::chrono::seconds(63));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QLocale().toString(60)) ||
                     banner->text().contains(QLocale().toString(59)),
                 qPrintable(banner->text()));
        auto *stay = banner->findChild<QPushButton *>(QStringLiteral("staySignedInButton"));
        QTest::mouseClick(stay, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QVERIFY(window()->isVisible());

        services()->idle()->setTimeout(std::chrono::seconds(2));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog()->isVisible(), 15000);
        QVERIFY(!window()->isVisible());
        QVERIFY(!messageText().isEmpty());
        QVERIFY(dialogChild<QLabel>(QStringLiteral("messageLabel"))->isVisible());
        for (const QString &table : StoreSchema::accountTables())
            QVERIFY2(rowCount(table) == 0, qPrintable(table));
        services()->idle()->setTimeout(std::chrono::minutes(15));
    }

    void demoHintShowsTheCurrentCode()
    {
        const QString secret = m_server.accounts().at(0).totpSecret;
        qint64 before = 0;
        QString ours;
        QString servers;
        do {
            before = QDateTime::currentSecsSinceEpoch();
            ours = TotpCode::at(secret, before).value_or(QString());
            servers = TestServer::totpCode(secret);
        } while (before / TotpCode::kStepSeconds !=
                 QDateTime::currentSecsSinceEpoch() / TotpCode::kStepSeconds);
        QCOMPARE(ours, servers);
    }

    void demoModeSignsInToItsOwnServer()
    {
        m_controller.reset();
        m_session.stop();
        DemoSession demo(qEnvironmentVariable("PD_SERVER_BINARY"));
        QVERIFY(demo.isValid());
        QSettings settings(demo.settingsPath(), QSettings::IniFormat);
        demo.writeSettings(settings);
        AppServices::Options options;
        options.dataDir = demo.appDataDir();
        options.settings = &settings;
        options.ephemeralSecrets = true;
        AppServices services(options);
        QString error;
        QVERIFY2(services.start(&error), qPrintable(error));
        AppController controller(&services, &settings, {});
        controller.startDemo(&demo);
        SignInDialog *signIn = controller.signInDialog();
        QVERIFY(signIn->isVisible());
        QVERIFY(signIn->isBusy());

        auto *email = signIn->findChild<QLineEdit *>(QStringLiteral("email"));
        QTRY_VERIFY_WITH_TIMEOUT(!email->text().isEmpty(), 30000);
        const DemoBackend::DemoAccount account = demo.backend().accounts().at(0);
        QCOMPARE(email->text(), account.email);
        QCOMPARE(signIn->findChild<QLineEdit *>(QStringLiteral("password"))->text(),
                 account.password);
        const auto profile = signIn->selectedProfile();
        QVERIFY(profile);
        QCOMPARE(profile->caBundlePath, demo.backend().caCertificatePath());

        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        auto *code = signIn->findChild<QLineEdit *>(QStringLiteral("totpCode"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 30000);
        auto *hint = signIn->findChild<QLabel *>(QStringLiteral("totpDemoHint"));
        QVERIFY(hint->isVisible());
        QStringList clipped;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         clipped = clippedTexts(signIn);
                         return clipped.isEmpty();
                     },
                     2000),
                 qPrintable(clipped.join(QLatin1String("; "))));
        const QRegularExpressionMatch shown =
            QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(hint->text());
        QVERIFY2(shown.hasMatch(), qPrintable(hint->text()));
        QTest::keyClicks(code, shown.captured(1));
        QTest::mouseClick(signIn->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow()->isVisible(), 30000);
        QVERIFY(!signIn->isVisible());
    }
};

QTEST_MAIN(TestGuiSignIn)
#include "tst_gui_signin.moc"
