// What the user sees of a hostile sync server in the status bar's sync
// widget (wired to the sync engine as the main window wires it): a walk
// that would never end stops with a plain message, a server asking to wait
// for years gets a wait of at most an hour with its end shown and the
// Cancel button still working, and an oversized page is named as such.
#include "LoopbackPageServer.h"

#include "net/ServerProfile.h"
#include "net/TlsPolicy.h"
#include "store/LocalStore.h"
#include "sync/HttpSyncPageSource.h"
#include "sync/SyncEngine.h"
#include "widgets/SyncStatusWidget.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestGuiSyncHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<LoopbackPageServer> m_server;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncStatusWidget> m_widget;
    int m_stores = 0;

    void serve(LoopbackPageServer::Mode mode)
    {
        m_server = std::make_unique<LoopbackPageServer>(mode);
        QVERIFY(m_server->listen());
        ServerProfile profile = ServerProfile::forUrl(m_server->origin());
        profile.developerMode = true; // loopback http
        m_engine = std::make_unique<SyncEngine>(m_store->path(), [profile] {
            return std::make_unique<HttpSyncPageSource>(TlsPolicy(profile),
                                                        QSslConfiguration::defaultConfiguration(),
                                                        [] { return QStringLiteral("token"); });
        });
        SyncOptions options;
        options.pageLimit = LoopbackPageServer::kItemsPerPage;
        m_engine->setOptions(options);
        // As MainWindow wires the status bar's widget (through AppServices).
        SyncStatusWidget *widget = m_widget.get();
        connect(m_engine.get(), &SyncEngine::started, widget, &SyncStatusWidget::onStarted);
        connect(m_engine.get(), &SyncEngine::progress, widget, &SyncStatusWidget::onProgress);
        connect(m_engine.get(), &SyncEngine::finished, widget, &SyncStatusWidget::onFinished);
        connect(widget, &SyncStatusWidget::cancelRequested, m_engine.get(), &SyncEngine::cancel);
    }

    QString shownText() const
    {
        return m_widget->findChild<QLabel *>(QStringLiteral("syncStatusText"))->text();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<LocalStore>(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_stores)));
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_widget = std::make_unique<SyncStatusWidget>();
        m_widget->resize(900, 40);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup()
    {
        m_engine.reset();
        m_widget.reset();
        m_server.reset();
        m_store.reset();
    }

    void endlessWalkStopsWithAMessage()
    {
        serve(LoopbackPageServer::Mode::CycleCursors);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QVERIFY(m_engine->start({QStringLiteral("visits")}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(shownText(), QStringLiteral("The sync failed: The server kept sending the same "
                                             "pages; the sync of website visits stopped."));
        // The stored rows stay for the pages to show.
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM visits")) && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        QVERIFY(
            !m_widget->findChild<QPushButton *>(QStringLiteral("cancelSyncButton"))->isVisible());
        QVERIFY2(m_server->requestCount() <= 5,
                 qPrintable(QString::number(m_server->requestCount())));
    }

    void absurdRetryAfterShowsTheWaitAndCancels()
    {
        serve(LoopbackPageServer::Mode::RetryAfter);
        m_server->setRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT");
        QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        const QDateTime before = QDateTime::currentDateTime();
        QVERIFY(m_engine->start({QStringLiteral("visits")}));
        QVERIFY(progress.wait(30000));
        const QDateTime retryAt = progress.at(0).at(0).value<SyncProgress>().retryAt;
        // Clamped to an hour, not the year 9999.
        QVERIFY(retryAt.isValid());
        QVERIFY(retryAt <= before.addSecs(3600 + 60));
        QVERIFY(retryAt >= before.addSecs(3600 - 60));
        const QDateTime at = retryAt.toLocalTime();
        const QString when = at.date() == QDate::currentDate()
                                 ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                 : QLocale().toString(at, QLocale::ShortFormat);
        QCOMPARE(
            shownText(),
            QStringLiteral("The server asked the app to wait; the sync goes on at %1.").arg(when));
        QCOMPARE(m_server->requestCount(), 1);
        // The user is not stuck with the wait: Cancel ends it.
        auto *cancel = m_widget->findChild<QPushButton *>(QStringLiteral("cancelSyncButton"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<SyncOutcome>(), SyncOutcome::Cancelled);
        QCOMPARE(shownText(),
                 QStringLiteral("Sync cancelled; it continues where it stopped next time."));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void oversizedPageIsNamed()
    {
        serve(LoopbackPageServer::Mode::HugePage);
        QSignalSpy finished(m_engine.get(), &SyncEngine::finished);
        QVERIFY(m_engine->start({QStringLiteral("visits")}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(shownText(),
                 QStringLiteral("The sync failed: The server sent a page larger than %1; it was "
                                "refused.")
                     .arg(QLocale().formattedDataSize(JsonGuard::kDefaultMaxBytes)));
    }
};

QTEST_MAIN(TestGuiSyncHostile)
#include "tst_gui_sync_hostile.moc"
