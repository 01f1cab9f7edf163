#include "IsolatedEnvironment.h"
#include "TsTranslation.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `privacy-dashboard --demo --screenshots DIR`, the built app run as support
// staff would: once in English with light colors, once in Indonesian with
// dark ones, with no display.
class TestAppScreenshots : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString errors;
        // File name → the title the app printed for it.
        QHash<QString, QString> titles;
        QStringList files; // as printed, in order
        QString folder;
    };

    QTemporaryDir m_home;
    Run m_light;
    Run m_dark;

    // The pages the main window must have; a missing one fails the test even
    // if the app does not know it is missing.
    static QStringList expectedPageKeys()
    {
        return {QStringLiteral("overview"),       QStringLiteral("personal-data"),
                QStringLiteral("activity"),       QStringLiteral("messages"),
                QStringLiteral("activity-log"),   QStringLiteral("cookies"),
                QStringLiteral("connected-apps"), QStringLiteral("devices"),
                QStringLiteral("security"),       QStringLiteral("data-locations"),
                QStringLiteral("privacy-policy"), QStringLiteral("requests")};
    }

    static constexpr QSize kWindowSize{1280, 800};

    // Its own runtime, settings and data folders, and no display at all: the
    // app has to choose the offscreen platform by itself.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = pd::test::isolatedEnvironment(m_home);
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    static QString binary() { return qEnvironmentVariable("PD_APP_BINARY"); }

    // The Indonesian translation of `source` in the project's .ts file.
    static QString translationOf(const QString &source)
    {
        return pd::test::tsTranslation(
            QStringLiteral(PD_TRANSLATIONS_DIR "/privacy-dashboard_id.ts"), source);
    }

    Run screenshots(const QString &folderName, const QStringList &extraArguments) const
    {
        Run run;
        run.folder = m_home.filePath(folderName);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(), QStringList{QStringLiteral("--demo"),
                                            QStringLiteral("--screenshots"), run.folder} +
                                    extraArguments);
        if (!process.waitForFinished(240000)) {
            process.kill();
            process.waitForFinished();
            run.errors = QStringLiteral("did not finish: ") + process.errorString();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.errors = QString::fromUtf8(process.readAllStandardError());
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("screenshot: ")))
                continue;
            const QStringList fields = line.mid(12).split(u'\t');
            const QString name = QFileInfo(fields.constFirst()).fileName();
            run.files << name;
            run.titles.insert(name, fields.value(1));
        }
        return run;
    }

    static double meanLuminance(const QImage &image)
    {
        double sum = 0;
        qint64 count = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor color = image.pixelColor(x, y);
                sum += 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF();
                ++count;
            }
        }
        return count ? sum / double(count) : 0;
    }

    static double meanPageLuminance(const Run &run)
    {
        double sum = 0;
        for (const QString &key : expectedPageKeys())
            sum += meanLuminance(QImage(QDir(run.folder).filePath(key + QStringLiteral(".png"))));
        return sum / double(expectedPageKeys().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!binary().isEmpty(), "PD_APP_BINARY is not set");
        QVERIFY(m_home.isValid());
        m_light = screenshots(QStringLiteral("en-light"),
                              {QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--theme"), QStringLiteral("light")});
        m_dark = screenshots(QStringLiteral("id-dark"),
                             {QStringLiteral("--lang"), QStringLiteral("id"),
                              QStringLiteral("--theme"), QStringLiteral("dark")});
    }

    void exitsSuccessfully_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errors");
        QTest::newRow("en-light") << m_light.exitCode << m_light.errors;
        QTest::newRow("id-dark") << m_dark.exitCode << m_dark.errors;
    }
    void exitsSuccessfully()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, errors);
        QVERIFY2(exitCode == 0, qPrintable(errors));
    }

    // Every page, every request dialog and the sign-in window, each once,
    // and nothing the app did not announce.
    void savesOnePicturePerPageAndDialog_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("folder");
        QTest::newRow("en-light") << m_light.files << m_light.folder;
        QTest::newRow("id-dark") << m_dark.files << m_dark.folder;
    }
    void savesOnePicturePerPageAndDialog()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, folder);
        const QSet<QString> printed(files.cbegin(), files.cend());
        QCOMPARE(printed.size(), files.size());
        const QStringList onDisk = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(QSet<QString>(onDisk.cbegin(), onDisk.cend()), printed);
        for (const QString &key : expectedPageKeys())
            QVERIFY2(printed.contains(key + QStringLiteral(".png")), qPrintable(key));
        QVERIFY(printed.contains(QStringLiteral("sign-in.png")));
        for (const char *type : {"edit", "export", "delete", "unsubscribe", "other"}) {
            const QString name = QStringLiteral("request-%1.png").arg(QLatin1String(type));
            QVERIFY2(printed.contains(name), qPrintable(name));
        }
        // Pages, requests and the sign-in window: nothing else.
        for (const QString &name : files) {
            QVERIFY2(name == QLatin1String("sign-in.png") ||
                         name.startsWith(QLatin1String("request-")) ||
                         expectedPageKeys().contains(name.chopped(4)),
                     qPrintable(name));
        }
    }

    void picturesAreImagesOfTheDocumentedSize_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isPage");
        for (const Run *run : {&m_light, &m_dark}) {
            for (const QString &name : run->files) {
                QTest::addRow("%s/%s", qPrintable(QFileInfo(run->folder).fileName()),
                              qPrintable(name))
                    << QDir(run->folder).filePath(name)
                    << expectedPageKeys().contains(name.chopped(4));
            }
        }
    }
    void picturesAreImagesOfTheDocumentedSize()
    {
        QFETCH(QString, path);
        QFETCH(bool, isPage);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        if (isPage)
            QCOMPARE(image.size(), kWindowSize);
        else
            QVERIFY(image.width() >= 200 && image.height() >= 100);
    }

    void darkThemeIsDarker()
    {
        QVERIFY(m_light.exitCode == 0 && m_dark.exitCode == 0);
        const double light = meanPageLuminance(m_light);
        const double dark = meanPageLuminance(m_dark);
        QVERIFY2(dark + 0.3 < light,
                 qPrintable(QStringLiteral("dark %1, light %2").arg(dark).arg(light)));
    }

    // The titles the app printed are those it drew: English in one run,
    // Indonesian (from the project's translation file) in the other.
    void languageFollowsLang_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("english");
        QTest::newRow("overview") << QStringLiteral("overview.png") << QStringLiteral("Overview");
        QTest::newRow("personal data")
            << QStringLiteral("personal-data.png") << QStringLiteral("Personal data");
        QTest::newRow("sign-in") << QStringLiteral("sign-in.png")
                                 << QStringLiteral("Sign In — Privacy Dashboard");
    }
    void languageFollowsLang()
    {
        QFETCH(QString, file);
        QFETCH(QString, english);
        const QString indonesian = translationOf(english);
        QVERIFY(!indonesian.isEmpty());
        QVERIFY(indonesian != english);
        QCOMPARE(m_light.titles.value(file), english);
        QCOMPARE(m_dark.titles.value(file), indonesian);
    }

    // Failing runs say why on stderr and exit non-zero.
    void failsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString file = m_home.filePath(QStringLiteral("a-file"));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        QTest::newRow("folder cannot be made")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshots"),
                           file + QStringLiteral("/shots")}
            << file;
        QTest::newRow("unknown theme")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshots"),
                           m_home.filePath(QStringLiteral("unused")), QStringLiteral("--theme"),
                           QStringLiteral("purple")}
            << QStringLiteral("purple");
    }
    void failsWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(binary(), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY(process.exitCode() != 0);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(mentions), qPrintable(errors));
        QVERIFY(!process.readAllStandardOutput().contains("screenshot: "));
    }
};

QTEST_GUILESS_MAIN(TestAppScreenshots)
#include "tst_app_screenshots.moc"
