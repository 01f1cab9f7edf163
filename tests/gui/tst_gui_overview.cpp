// The overview page against the reference backend: the figures, the policy
// notice, the security status, the open requests and the activity chart
// match what the server says.
#include "DataPagesSession.h"

#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "notifications/DesktopNotifier.h"
#include "pages/OverviewPage.h"
#include "requests/OpenRequestsList.h"
#include "requests/RecentUpdatesList.h"
#include "requests/RequestRepository.h"
#include "requests/RequestUpdates.h"
#include "widgets/ActivityChart.h"
#include "widgets/FieldFormat.h"
#include "widgets/FreshnessBar.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SummaryCard.h"

#include <QGraphicsView>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace pd;
using namespace pd::test;

class TestGuiOverview : public QObject
{
    Q_OBJECT

    TestServer m_server;
    Tokens m_tokens;
    DataPagesSession m_session;
    std::unique_ptr<OverviewPage> m_page;

    QJsonObject server(const QString &path) { return serverJson(m_server, m_tokens, path); }
    QString cardValue(OverviewPage::Card card) const { return m_page->card(card)->value(); }
    static QString number(const QJsonObject &object, const char *key)
    {
        return QLocale().toString(object.value(QLatin1StringView(key)).toInteger());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Requests stay open for the length of the test.
        QVERIFY2(m_server.start(TestServer::processAfter(3600)), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        m_tokens = m_server.signIn(m_server.accounts().at(1));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        QVERIFY2(m_session.signIn(m_server, 1, &error), qPrintable(error));
        m_page = std::make_unique<OverviewPage>(m_session.services());
        QVERIFY(showAndActivate(m_page.get(), {1200, 900}));
    }

    void cleanupTestCase() { m_page.reset(); }

    void figuresMatchTheServer()
    {
        QTRY_COMPARE(pageState(m_page.get()), QStringLiteral("content"));
        const QJsonObject usage = server(QStringLiteral("/api/v1/usage"));
        QVERIFY(usage.contains(QStringLiteral("visits")));
        QTRY_COMPARE(cardValue(OverviewPage::Card::Visits), number(usage, "visits"));
        QCOMPARE(cardValue(OverviewPage::Card::Messages), number(usage, "messages"));
        QCOMPARE(cardValue(OverviewPage::Card::Agents), number(usage, "agents"));
        QCOMPARE(cardValue(OverviewPage::Card::ActiveUsers), number(usage, "active_users"));
        QCOMPARE(cardValue(OverviewPage::Card::Media), number(usage, "media_files"));
        // The local copy: everything synced (counted in the background).
        const QJsonObject logs = server(QStringLiteral("/api/v1/logs?limit=1"));
        QTRY_COMPARE(cardValue(OverviewPage::Card::Logs), number(logs, "total"));
        const QJsonObject records = server(QStringLiteral("/api/v1/third-party-records?limit=1"));
        QCOMPARE(cardValue(OverviewPage::Card::ThirdPartyRecords), number(records, "total"));
        const QJsonObject visits = server(QStringLiteral("/api/v1/visits?limit=1"));
        QCOMPARE(m_page->card(OverviewPage::Card::Visits)->detail(),
                 QStringLiteral("%1 on this computer").arg(number(visits, "total")));
        const QString lastSync = cardValue(OverviewPage::Card::LastSync);
        QVERIFY2(lastSync != QStringLiteral("Not yet") && lastSync != QStringLiteral("—"),
                 qPrintable(lastSync));
        QVERIFY(!lastSync.isEmpty());
    }

    void chartShowsTheLast30Days()
    {
        const QJsonArray daily =
            server(QStringLiteral("/api/v1/usage")).value(QStringLiteral("daily")).toArray();
        QCOMPARE(daily.size(), 30);
        ActivityChart *chart = m_page->chart();
        // Drawn by the charts module, loaded from the build tree.
        QVERIFY(chart->hasChart());
        QTRY_COMPARE(chart->days().size(), 30);
        qint64 visits = 0;
        qint64 shown = 0;
        for (int i = 0; i < 30; ++i) {
            const QJsonObject day = daily.at(i).toObject();
            QCOMPARE(chart->days().at(i).date,
                     QDate::fromString(day.value(QStringLiteral("date")).toString(), Qt::ISODate));
            visits += day.value(QStringLiteral("visits")).toInteger();
            shown += chart->days().at(i).visits;
        }
        QCOMPARE(shown, visits);
        // Dates on the axis are the locale's.
        QCOMPARE(chart->axisLabels().constFirst(),
                 ActivityChart::axisLabel(chart->days().at(0).date));
        QVERIFY(!chart->axisLabels().constFirst().contains(
            QString::number(chart->days().at(0).date.year())));
        // The module's chart view, summed up for screen readers.
        auto *view = chart->findChild<QGraphicsView *>();
        QVERIFY(view);
        QCOMPARE(view->accessibleDescription(), chart->summary());
        QVERIFY2(chart->summary().contains(FieldFormat::number(visits)),
                 qPrintable(chart->summary()));
    }

    void securityMatchesTheServer()
    {
        m_page->refresh();
        const QJsonObject security = server(QStringLiteral("/api/v1/auth/security"));
        QVERIFY(!security.value(QStringLiteral("two_factor_enabled")).toBool());
        QTRY_COMPARE(cardValue(OverviewPage::Card::Security),
                     QStringLiteral("Two-factor authentication off"));
        const QString sessions =
            QLocale().toString(security.value(QStringLiteral("active_sessions")).toInteger());
        QTRY_VERIFY2(m_page->card(OverviewPage::Card::Security)->detail().startsWith(sessions),
                     qPrintable(m_page->card(OverviewPage::Card::Security)->detail()));
    }

    void policyNoticeFollowsTheServer()
    {
        QJsonObject policy = server(QStringLiteral("/api/v1/policy"));
        const QString version = policy.value(QStringLiteral("version")).toString();
        QTRY_COMPARE(m_page->card(OverviewPage::Card::Policy)->value(),
                     QStringLiteral("Version %1").arg(version));
        QCOMPARE(m_page->policyNotice()->isVisible(),
                 !policy.value(QStringLiteral("acknowledged")).toBool());
        if (!policy.value(QStringLiteral("acknowledged")).toBool()) {
            QVERIFY(m_page->policyNotice()->text().contains(version));
            const Reply ack =
                m_server.postJson(QStringLiteral("/api/v1/policy/acknowledge"),
                                  {{QStringLiteral("version"), version}}, m_tokens.accessToken);
            QCOMPARE(ack.status, 200);
        }
        // Refresh as the user does (F5 / the Refresh button).
        QPushButton *refresh = nullptr;
        const QList<QPushButton *> buttons =
            m_page->findChild<FreshnessBar *>()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->accessibleName() == QStringLiteral("Refresh"))
                refresh = button;
        }
        QVERIFY(refresh);
        QTRY_VERIFY(refresh->isEnabled() && refresh->isVisible());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY(!m_page->policyNotice()->isVisible());
        QTRY_COMPARE(m_page->card(OverviewPage::Card::Policy)->detail(),
                     QStringLiteral("You acknowledged this version."));
    }

    void openRequestsWithTheirDeadlines()
    {
        const Reply created = m_server.postJson(
            QStringLiteral("/api/v1/requests"),
            {{QStringLiteral("type"), QStringLiteral("export")},
             {QStringLiteral("payload"),
              QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("visits")}},
                          {QStringLiteral("format"), QStringLiteral("json")}}}},
            m_tokens.accessToken,
            {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QCOMPARE(created.status, 201);
        const QDateTime due = QDateTime::fromString(
            created.json().value(QStringLiteral("due_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(due.isValid());

        int open = 0;
        const QJsonArray items = server(QStringLiteral("/api/v1/requests?limit=100"))
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            const QString status = item.toObject().value(QStringLiteral("status")).toString();
            open += (status != QLatin1String("completed") && status != QLatin1String("rejected") &&
                     status != QLatin1String("cancelled"))
                        ? 1
                        : 0;
        }
        QVERIFY(open >= 1);
        m_page->refresh();
        OpenRequestsList *list = m_page->openRequests();
        QTRY_COMPARE(list->topLevelItemCount(), open);
        bool found = false;
        const QString dueText = QLocale().toString(due.toLocalTime().date(), QLocale::ShortFormat);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            found = found || (list->topLevelItem(i)->text(0) == QStringLiteral("Data export") &&
                              list->topLevelItem(i)->text(2).startsWith(dueText));
        QVERIFY2(found, qPrintable(dueText));
    }

    // A request cancelled elsewhere (here: straight on the server) while the
    // app looks away is reported at the next sync: one entry of "Recent
    // updates", in the user's locale, and one desktop notification; later
    // refreshes repeat neither.
    void aStatusChangeIsInTheFeedAndOnTheDesktopOnce()
    {
        AppServices *services = m_session.services();
        QList<QPair<QString, QString>> desktop;
        DesktopNotifier notifier(nullptr, nullptr, [] { return false; });
        notifier.setDesktopSink([&desktop](const QString &title, const QString &body, bool) {
            desktop.append({title, body});
            return true;
        });
        services->requestUpdates()->setNotifier(&notifier);
        const auto detach =
            qScopeGuard([services] { services->requestUpdates()->setNotifier(nullptr); });

        const Reply created = m_server.postJson(
            QStringLiteral("/api/v1/requests"),
            {{QStringLiteral("type"), QStringLiteral("export")},
             {QStringLiteral("payload"),
              QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("logs")}},
                          {QStringLiteral("format"), QStringLiteral("csv")}}}},
            m_tokens.accessToken,
            {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        // The app sees it received (not news), then it is cancelled elsewhere.
        CachedDocument *recent = services->requests()->recentDocument();
        QSignalSpy recentChanged(recent, &CachedDocument::changed);
        recent->refresh();
        QVERIFY(recentChanged.wait(30000));
        const int before = int(services->requestUpdates()->feed().size());
        QVERIFY(desktop.isEmpty());
        const Reply cancelled =
            m_server.postJson(QStringLiteral("/api/v1/requests/%1/cancel").arg(id), QJsonObject{},
                              m_tokens.accessToken);
        QCOMPARE(cancelled.status, 200);

        QSignalSpy synced(services, &AppServices::syncFinished);
        services->syncNow();
        QVERIFY(synced.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(int(services->requestUpdates()->feed().size()), before + 1,
                                  30000);
        const RequestUpdate update = services->requestUpdates()->feed().constFirst();
        QCOMPARE(update.requestId, id);
        QCOMPARE(update.previousStatus, QStringLiteral("received"));
        QCOMPARE(update.status, QStringLiteral("cancelled"));
        QCOMPARE(desktop.size(), 1);
        QCOMPARE(desktop.at(0).first, QStringLiteral("Data export"));
        QCOMPARE(desktop.at(0).second, QStringLiteral("Your request was cancelled."));
        RecentUpdatesList *list = m_page->recentUpdates();
        QVERIFY(!list->isEmptyState());
        QCOMPARE(list->item(0)->text(), RecentUpdatesList::entryText(update));
        QVERIFY(list->item(0)->text().startsWith(
            QLocale().toString(update.at.toLocalTime(), QLocale::ShortFormat)));

        // Seen again by the list and the next sync: nothing new.
        recent->refresh();
        QVERIFY(recentChanged.wait(30000));
        services->syncNow();
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY(!recent->isRefreshing());
        QCOMPARE(int(services->requestUpdates()->feed().size()), before + 1);
        QCOMPARE(desktop.size(), 1);
    }

    void everyFocusableWidgetIsNamed()
    {
        QTRY_COMPARE(pageState(m_page.get()), QStringLiteral("content"));
        const QStringList unnamed = unnamedFocusableWidgets(m_page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        for (const OverviewPage::Card card :
             {OverviewPage::Card::Visits, OverviewPage::Card::Policy, OverviewPage::Card::Security})
            QVERIFY(!m_page->card(card)->accessibleName().isEmpty());
    }

    void signedOutShowsNothingHeld()
    {
        QSignalSpy signedOut(m_session.services(), &AppServices::signedOut);
        m_session.services()->signOut();
        QVERIFY(signedOut.wait(30000));
        QTRY_COMPARE(pageState(m_page.get()), QStringLiteral("empty"));
        QVERIFY(pageMessage(m_page.get()).contains(QStringLiteral("Sign in")));
    }
};

QTEST_MAIN(TestGuiOverview)
#include "tst_gui_overview.moc"
