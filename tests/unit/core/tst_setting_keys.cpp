// The settings file's keys: one table, typed, each value read back as written.
#include "core/SettingKeys.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestSettingKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void valuesComeBackWithTheirTypesAfterTheFileIsReread()
    {
        const QString path = m_dir.filePath(u"settings.ini"_qs);
        const QByteArray geometry("\x01\x00\xd9\xd0\xcb\xff binary", 14);
        {
            QSettings settings(path, QSettings::IniFormat);
            SettingKeys::windowGeometry.write(settings, geometry);
            SettingKeys::windowPage.write(settings, 7);
            SettingKeys::tourCompleted.write(settings, true);
            SettingKeys::language.write(settings, u"id"_qs);
        }
        const QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(SettingKeys::windowGeometry.read(settings), geometry);
        QCOMPARE(SettingKeys::windowPage.read(settings), 7);
        QCOMPARE(SettingKeys::tourCompleted.read(settings), true);
        QCOMPARE(SettingKeys::language.read(settings), u"id"_qs);
    }

    void unsetKeysGiveTheirFallback()
    {
        const QSettings settings(m_dir.filePath(u"empty.ini"_qs), QSettings::IniFormat);
        QCOMPARE(SettingKeys::idleMinutes.read(settings), 15);
        QCOMPARE(SettingKeys::windowPage.read(settings), 0);
        QCOMPARE(SettingKeys::tourCompleted.read(settings), false);
        QVERIFY(SettingKeys::lastProfile.read(settings).isEmpty());
        QVERIFY(SettingKeys::windowState.read(settings).isEmpty());
    }

    void noTwoKeysShareAName()
    {
        const QList<QLatin1String> names{
            SettingKeys::cacheProfile.name,   SettingKeys::cacheSession.name,
            SettingKeys::cacheAccount.name,   SettingKeys::lastProfile.name,
            SettingKeys::windowGeometry.name, SettingKeys::windowState.name,
            SettingKeys::windowSplitter.name, SettingKeys::windowPage.name,
            SettingKeys::language.name,       SettingKeys::idleMinutes.name,
            SettingKeys::theme.name,          SettingKeys::tourCompleted.name,
            SettingKeys::receiptsFolder.name, SettingKeys::keepInTray.name,
            SettingKeys::serversGroup};
        QSet<QString> seen;
        for (const QLatin1String &name : names) {
            QVERIFY2(!seen.contains(name), name.data());
            seen.insert(name);
            // The servers group holds subgroups; nothing else may live under it.
            if (name != SettingKeys::serversGroup)
                QVERIFY(!QString(name).startsWith(SettingKeys::serversGroup + u'/'));
        }
    }
};

QTEST_GUILESS_MAIN(TestSettingKeys)
#include "tst_setting_keys.moc"
