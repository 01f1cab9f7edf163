// Secrets the user copies (the TOTP key, values from the detail pane) leave
// the clipboard after 30 s, unless something else was copied meanwhile. The
// timer is fired directly: no waiting.
#include "widgets/DetailPane.h"
#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTest>

using namespace pd;

class TestGuiSecretClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void clearedAfterThirtySeconds()
    {
        SecretClipboard *watcher = SecretClipboard::copy(QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("JBSWY3DPEHPK3PXP"));
        QVERIFY(watcher->timer().isActive());
        QCOMPARE(watcher->timer().intervalAsDuration(), SecretClipboard::kClearAfter);
        QCOMPARE(SecretClipboard::kClearAfter, std::chrono::milliseconds(30000));
        QPointer<SecretClipboard> guard(watcher);
        watcher->clearIfUnchanged();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QTRY_VERIFY(guard.isNull());
    }

    void somethingCopiedLaterStays()
    {
        SecretClipboard *watcher = SecretClipboard::copy(QStringLiteral("secret"));
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        watcher->clearIfUnchanged();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void detailPaneCopiesThroughIt()
    {
        DetailPane pane;
        pane.setFields({{QStringLiteral("IP address"), QStringLiteral("203.0.113.7")}});
        pane.show();
        auto *copy = pane.findChild<QPushButton *>();
        QVERIFY(copy);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("203.0.113.7")));
        const auto watchers = QGuiApplication::clipboard()->findChildren<SecretClipboard *>();
        QCOMPARE(watchers.size(), 1);
        QVERIFY(watchers.constFirst()->timer().isActive());
        watchers.constFirst()->clearIfUnchanged();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestGuiSecretClipboard)
#include "tst_gui_secret_clipboard.moc"
