// Help → Copy Diagnostics in the main window, signed in to the reference
// backend's demo account after a sync: the clipboard gets the versions, the
// server's origin, request ids and outbox counts, and none of the account's
// personal data or the session's tokens.
#include "DataPagesSession.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "api/ApiClient.h"
#include "auth/AuthService.h"
#include "auth/MemoryTokenStore.h"
#include "core/AppServices.h"
#include "outbox/Outbox.h"
#include "store/LocalStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonObject>
#include <QMenu>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestGuiDiagnostics : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"7.8.9-diagnostics-test"_qs);
        QString error;
        QVERIFY2(m_session.startSignedIn(m_server, {}, 1, &error), qPrintable(error));
        // No settings: the window neither restores a layout nor offers the tour.
        m_window = std::make_unique<MainWindow>(m_session.services(), nullptr);
        PageCatalog::addStandardPages(*m_window, *m_session.services());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->beginSession();
    }

    void cleanupTestCase() { m_window.reset(); }

    void copiesAReportWithoutPersonalData()
    {
        AppServices *services = m_session.services();
        // Something in the outbox, so its counts are not all zero.
        QString error;
        QVERIFY2(services->outbox()->submit(
                     u"security_report"_qs,
                     {{u"category"_qs, u"other"_qs}, {u"description"_qs, u"diagnostics test"_qs}},
                     &error),
                 qPrintable(error));

        auto *help = m_window->findChild<QMenu *>(u"helpMenu"_qs);
        auto *copy = m_window->findChild<QAction *>(u"copyDiagnosticsAction"_qs);
        QVERIFY(help && copy);
        QVERIFY(help->actions().contains(copy));
        QVERIFY(copy->text().contains(u'&'));
        QGuiApplication::clipboard()->clear();
        copy->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(!text.isEmpty());
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

        const auto has = [&text](const QString &part) {
            if (text.contains(part))
                return true;
            qWarning().noquote() << "missing" << part << "in:\n" << text;
            return false;
        };
        QVERIFY(has(u"App version: 7.8.9-diagnostics-test"_qs));
        QVERIFY(has(u"Qt version: "_qs + QString::fromLatin1(qVersion())));
        QVERIFY(has(u"OS: "_qs + QSysInfo::prettyProductName()));
        const QUrl origin = m_server.origin();
        QVERIFY(has(u"Origin: https://%1:%2\n"_qs.arg(origin.host()).arg(origin.port())));
        QVERIFY(has(u"Custom CA configured: yes"_qs));
        QVERIFY(has(u"Public key pin set: no"_qs));
        QVERIFY(has(u"Signed in: yes"_qs));
        QVERIFY(has(u"Last connection TLS: TLS 1."_qs));
        for (const auto state : {OutboxItem::State::Pending, OutboxItem::State::Sending,
                                 OutboxItem::State::Sent, OutboxItem::State::FailedPermanently}) {
            QVERIFY(has(u"%1: %2\n"_qs.arg(OutboxItem::stateName(state))
                            .arg(services->outbox()->items(state).size())));
        }
        QVERIFY(services->outbox()->items().size() >= 1);
        // The sign-in and the document pages went through the API client:
        // their ids are listed, as the server saw them.
        const QList<RequestRecorder::Entry> calls = services->api()->recorder().entries();
        QVERIFY(!calls.isEmpty());
        QVERIFY(has(u"X-Request-ID="_qs + calls.constFirst().requestId));
        QVERIFY(has(u"visits: "_qs));

        // What must never be in it: the account's personal data and tokens.
        const QJsonObject profile =
            m_server.get(u"/api/v1/profile"_qs, services->auth()->accessToken()).json();
        QStringList secrets{
            m_server.accounts().at(1).email,           m_server.accounts().at(1).password,
            profile.value(u"full_name"_qs).toString(), profile.value(u"email"_qs).toString(),
            profile.value(u"phone"_qs).toString(),     services->auth()->accessToken()};
        const QJsonObject address = profile.value(u"mailing_address"_qs).toObject();
        secrets << address.value(u"line1"_qs).toString()
                << address.value(u"postal_code"_qs).toString();
        // Every phone number the local copy holds: third-party records and
        // message counterparts (SMS, messengers).
        static const QRegularExpression phoneLike(u"^\\+?[0-9][0-9 ()-]{6,}$"_qs);
        QSqlQuery phones(services->store()->database());
        QVERIFY(phones.exec(u"SELECT value FROM third_party_records UNION "
                            "SELECT counterpart FROM messages"_qs));
        while (phones.next()) {
            const QString value = phones.value(0).toString().trimmed();
            if (phoneLike.match(value).hasMatch())
                secrets << value;
        }
        auto *tokens = dynamic_cast<MemoryTokenStore *>(services->tokenStore());
        QVERIFY(tokens);
        const QList<QString> stored = tokens->contents().values();
        QVERIFY2(!stored.isEmpty(), "the refresh token is kept in the token store");
        secrets << stored;
        QVERIFY(!profile.value(u"full_name"_qs).toString().isEmpty());
        QVERIFY(!profile.value(u"phone"_qs).toString().isEmpty());
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret.left(3)));
        }
        // A phone number is also not there in another spelling.
        const QString digits = profile.value(u"phone"_qs).toString().remove(u'+');
        QVERIFY(!text.contains(digits));
    }
};

QTEST_MAIN(TestGuiDiagnostics)
#include "tst_gui_diagnostics.moc"
