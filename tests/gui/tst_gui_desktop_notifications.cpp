// Requests' status changes on the desktop, against a private D-Bus session
// (dbus-run-session, never the user's own bus) with a stand-in notification
// service that records what it is asked to show: FreedesktopNotifications
// speaks the specification's Notify, and a change that could not be shown
// while no service was there is shown once when one appears.
#include "notifications/DesktopNotifier.h"
#include "notifications/FreedesktopNotifications.h"
#include "requests/RequestNotifier.h"
#include "requests/RequestRecord.h"
#include "requests/RequestUpdates.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QTest>

using namespace pd;

namespace {

const QString kConnection = QStringLiteral("fake-notification-service");

RequestRecord request(const QString &status)
{
    RequestRecord record;
    record.id = QStringLiteral("r-1");
    record.type = QStringLiteral("delete");
    record.status = status;
    return record;
}

} // namespace

// org.freedesktop.Notifications as a desktop provides it, recording calls.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        calls.append({appName, replacesId, icon, summary, body, actions, hints, timeout});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestGuiDesktopNotifications : public QObject
{
    Q_OBJECT

    FakeNotificationService m_service;

    // The service on its own connection, as another process would be.
    bool registerService()
    {
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnection);
        return bus.isConnected() &&
               bus.registerObject(QString::fromLatin1(FreedesktopNotifications::kPath), &m_service,
                                  QDBusConnection::ExportAllSlots) &&
               bus.registerService(QString::fromLatin1(FreedesktopNotifications::kService));
    }
    void unregisterService()
    {
        QDBusConnection bus(kConnection);
        bus.unregisterService(QString::fromLatin1(FreedesktopNotifications::kService));
        bus.unregisterObject(QString::fromLatin1(FreedesktopNotifications::kPath));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A private session bus only (the CMake test runs us in one).
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no D-Bus session bus: run through dbus-run-session");
    }

    void cleanup()
    {
        unregisterService();
        m_service.calls.clear();
    }

    void notifyFollowsTheSpecification()
    {
        QVERIFY(!FreedesktopNotifications::isAvailable());
        QVERIFY(!FreedesktopNotifications::notify(u"t"_qs, u"b"_qs, false));
        QVERIFY(registerService());
        QVERIFY(FreedesktopNotifications::isAvailable());

        QVERIFY(FreedesktopNotifications::notify(u"Data export"_qs, u"Done <b>now</b> & then"_qs,
                                                 true));
        QTRY_COMPARE(m_service.calls.size(), 1);
        const FakeNotificationService::Call &call = m_service.calls.at(0);
        QCOMPARE(call.appName, u"Privacy Dashboard"_qs);
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, u"Data export"_qs);
        // A service that reads markup shows the text as written.
        QCOMPARE(call.body, u"Done &lt;b&gt;now&lt;/b&gt; &amp; then"_qs);
        QVERIFY(call.actions.isEmpty());
        QCOMPARE(call.hints.value(u"desktop-entry"_qs).toString(),
                 u"org.privacydashboard.PrivacyDashboard"_qs);
        QCOMPARE(call.hints.value(u"urgency"_qs).value<uchar>(), uchar(2));
        QCOMPARE(call.timeout, -1);
    }

    // No notification service (a desktop without one, a session starting):
    // the change waits in the queue and is shown once a service is there.
    void aChangeWaitsForTheServiceAndIsShownOnce()
    {
        RequestUpdates updates(nullptr);
        DesktopNotifier notifier(nullptr, nullptr, [] { return false; });
        updates.setNotifier(&notifier);
        updates.observe({request(u"received"_qs)});
        updates.observe(request(u"rejected"_qs));
        QCOMPARE(updates.feed().size(), 1);
        QCOMPARE(updates.pendingCount(), 1);
        QVERIFY(m_service.calls.isEmpty());

        QVERIFY(registerService());
        updates.deliverPending();
        QTRY_COMPARE(m_service.calls.size(), 1);
        QCOMPARE(updates.pendingCount(), 0);
        QCOMPARE(m_service.calls.at(0).summary, DesktopNotifier::title(updates.feed().at(0)));
        QCOMPARE(m_service.calls.at(0).body, FreedesktopNotifications::escaped(
                                                 RequestNotifier::statusSentence(u"rejected"_qs)));
        QCOMPARE(m_service.calls.at(0).hints.value(u"urgency"_qs).value<uchar>(), uchar(2));

        // Offered again (the next refresh): shown already, so not again.
        updates.deliverPending();
        updates.observe({request(u"rejected"_qs)});
        QVERIFY(FreedesktopNotifications::notify(u"marker"_qs, u"sent last"_qs, false));
        QTRY_COMPARE(m_service.calls.size(), 2);
        QCOMPARE(m_service.calls.at(1).summary, u"marker"_qs);
    }
};

QTEST_MAIN(TestGuiDesktopNotifications)
#include "tst_gui_desktop_notifications.moc"
