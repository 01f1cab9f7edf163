#include "AfterFirstExpose.h"
#include "AppController.h"
#include "FirstWindowProbe.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "StartupWarmUp.h"
#include "Translations.h"
#include "auth/KeychainTokenStore.h"
#include "auth/LoopbackReceiver.h"
#include "core/AppServices.h"
#include "core/DemoSession.h"
#include "core/ModuleLoader.h"
#include "core/ProcessHardening.h"
#include "core/QuitSignals.h"
#include "core/SingleInstance.h"
#include "diagnostics/DiagnoseCommand.h"
#include "export/ExportArchive.h"
#include "profile/PhoneNumberNormalizer.h"
#include "requests/RequestFlows.h"
#include "screenshots/ScreenshotRun.h"
#include "security/QrCodeWidget.h"
#include "settings/AppSettings.h"
#include "settings/Theme.h"
#include "widgets/ActivityChart.h"
#include "widgets/AppIcon.h"
#include "widgets/DeferredIconStyle.h"
#include "widgets/SidebarDelegate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

// Options that print and exit need no display: they run without a GUI.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?" ||
            arg == "--help-all" || arg == "--diagnose" || arg.startsWith("--diagnose=") ||
            arg == "--check-modules")
            return false;
    }
    return true;
}

// --screenshots runs without a display unless a platform was chosen: the
// platform has to be set before QApplication exists.
void useOffscreenForScreenshots(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--screenshots" || arg.startsWith("--screenshots=")) &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

// --lang is needed before the parser is built, so that --help is translated.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

// The window the start put on screen, which paints the first frame.
QWidget *firstShownWindow()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    const auto shown =
        std::find_if(windows.cbegin(), windows.cend(), [](QWidget *w) { return w->isVisible(); });
    return shown == windows.cend() ? nullptr : *shown;
}

// --check-modules: loads every module as the app would and says where from;
// for packaging checks and support ("the chart is missing").
int checkModules()
{
    QTextStream out(stdout);
    bool all = true;
    for (const QString &name :
         {pd::ActivityChart::moduleName(), pd::PhoneNumberNormalizer::moduleName(),
          pd::KeychainTokenStore::moduleName(), pd::LoopbackReceiver::moduleName(),
          pd::ExportArchive::moduleName(), pd::QrCodeWidget::moduleName()}) {
        QString problem;
        if (pd::ModuleLoader::instance(name, &problem)) {
            out << "module " << name << ": " << pd::ModuleLoader::loadedFrom(name) << Qt::endl;
        } else {
            out << "module " << name << ": missing (" << problem << ')' << Qt::endl;
            all = false;
        }
    }
    return all ? 0 : 1;
}

// Copies the keys under `prefix` (e.g. "window/") from `from` to `to`.
void copySettings(const QSettings &from, QSettings &to, const QString &prefix)
{
    const QStringList keys = from.allKeys();
    for (const QString &key : keys) {
        if (key.startsWith(prefix))
            to.setValue(key, from.value(key));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret.
    pd::ProcessHardening::apply();
    std::unique_ptr<QCoreApplication> app;
    // Joined before the application goes, however main() returns.
    std::unique_ptr<pd::StartupWarmUp> warmUp;
    useOffscreenForScreenshots(argc, argv);
    if (needsGui(argc, argv)) {
        // Its thread starts while the application is built.
        warmUp = std::make_unique<pd::StartupWarmUp>();
        app = std::make_unique<QApplication>(argc, argv);
        // Qt's widgets ask the style for icons a first frame never draws.
        pd::DeferredIconStyle::install();
        // While the store opens and the window is built.
        warmUp->begin(pd::SidebarDelegate::iconSize() * qApp->devicePixelRatio());
        // Ties the windows to the installed desktop entry (Wayland app ID,
        // task bar grouping) and its icon.
        QGuiApplication::setDesktopFileName(pd::AppIcon::applicationId());
        QApplication::setWindowIcon(pd::AppIcon::application());
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Privacy Dashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Privacy Dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    pd::Translations::install(*app, languageArgument(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "See and control what the platform holds about you."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Sign in to the server at <url> (added if new)."),
        QStringLiteral("url"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Sign in with the saved server profile <name>."),
        QStringLiteral("name"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use the language <code> (e.g. id) instead of the "
                                            "system's."),
        QStringLiteral("code"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the bundled demo server on this computer and "
                                            "sign in to its demo account."));
    const QCommandLineOption diagnose(
        QStringLiteral("diagnose"),
        QCoreApplication::translate("main", "Check the connection to the server at <url>, print a "
                                            "report and exit."),
        QStringLiteral("url"));
    const QCommandLineOption caFile(
        QStringLiteral("ca"),
        QCoreApplication::translate("main",
                                    "With --diagnose: also trust the CA certificates in <file> "
                                    "(PEM)."),
        QStringLiteral("file"));
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"),
                                     QStringLiteral("For benchmarks: quit once a window shows."));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption quitWhenRowsShown(
        QStringLiteral("quit-when-rows-shown"),
        QStringLiteral("For benchmarks: quit once the main window shows table rows."));
    quitWhenRowsShown.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption checkModulesOption(
        QStringLiteral("check-modules"),
        QStringLiteral(
            "Load every module (charts, phone numbers, keychain, single sign-on, ZIP, QR "
            "code), say from where, and exit."));
    checkModulesOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save a picture of every page and request dialog of "
                                            "the demo account in <folder>, then exit (implies "
                                            "--demo; needs no display)."),
        QStringLiteral("folder"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use light or dark colors, or the system's."),
        QStringLiteral("light|dark|system"));
    parser.addOptions({server, profile, lang, demo, diagnose, caFile, quitWhenShown,
                       quitWhenRowsShown, checkModulesOption, screenshots, theme});
    parser.process(*app);
    if (parser.isSet(checkModulesOption))
        return checkModules();
    if (parser.isSet(diagnose)) {
        QTextStream out(stdout);
        return pd::DiagnoseCommand::run(parser.value(diagnose), parser.value(caFile), out);
    }
    if (parser.isSet(theme)) {
        const QString name = parser.value(theme).toLower();
        if (pd::Theme::name(pd::Theme::fromName(name)) != name) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "Unknown theme %1: use light, dark or system.")
                                       .arg(parser.value(theme))
                                << Qt::endl;
            return 1;
        }
        pd::Theme::apply(pd::Theme::fromName(name));
    }

    // A logout or `kill` quits as the user would: the demo server stops and
    // its temporary folder goes.
    pd::QuitSignals quitSignals;
    QObject::connect(&quitSignals, &pd::QuitSignals::quitRequested, app.get(),
                     &QCoreApplication::quit);
    std::unique_ptr<pd::DemoSession> demoSession;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<QSettings> userSettings;
    const QString layoutPrefix = QStringLiteral("window/");
    pd::AppServices::Options options;
    if (parser.isSet(demo) || parser.isSet(screenshots)) {
        demoSession = std::make_unique<pd::DemoSession>(
            pd::DemoBackend::findServerExecutable(QCoreApplication::applicationDirPath()));
        settings = std::make_unique<QSettings>(demoSession->settingsPath(), QSettings::IniFormat);
        demoSession->writeSettings(*settings);
        options.dataDir = demoSession->appDataDir();
        options.demoMailDir = demoSession->mailDir();
        options.ephemeralSecrets = true;
        // The demo's settings go with its folder, but the window's size and
        // layout (nothing personal) are the user's, from run to run.
        if (!parser.isSet(screenshots)) {
            userSettings = std::make_unique<QSettings>();
            copySettings(*userSettings, *settings, layoutPrefix);
        }
    } else {
        settings = std::make_unique<QSettings>();
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    }
    options.settings = settings.get();
    // The Settings dialog's choices; --lang and --theme win for this run.
    const pd::AppSettings preferences(settings.get());
    options.idleMinutes = int(preferences.idleTimeout().count());
    if (!parser.isSet(lang) && !preferences.language().isEmpty())
        pd::Translations::apply(preferences.language());
    if (!parser.isSet(theme) && preferences.theme() != pd::Theme::Mode::System)
        pd::Theme::apply(preferences.theme());

    // A screenshot run is a batch job: it neither raises nor is raised by the
    // user's own instance.
    pd::SingleInstance guard(
        parser.isSet(screenshots)
            ? pd::SingleInstance::defaultServerName() +
                  QStringLiteral("-screenshots-%1").arg(QCoreApplication::applicationPid())
            : pd::SingleInstance::defaultServerName());
    std::unique_ptr<pd::AppServices> services;
    std::unique_ptr<pd::AppController> controller;
    QObject::connect(&guard, &pd::SingleInstance::anotherInstanceRunning, app.get(),
                     [] { QCoreApplication::exit(0); });
    QObject::connect(&guard, &pd::SingleInstance::becomePrimary, app.get(), [&] {
        const auto fail = [&parser, &screenshots](const QString &message) {
            // Nobody could close a message box on the offscreen platform.
            if (parser.isSet(screenshots))
                QTextStream(stderr) << message << Qt::endl;
            else
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Privacy Dashboard"), message);
            QCoreApplication::exit(1);
        };
        if (demoSession && !demoSession->isValid()) {
            fail(QCoreApplication::translate("main", "No temporary folder for the demo."));
            return;
        }
        services = std::make_unique<pd::AppServices>(options);
        controller = std::make_unique<pd::AppController>(
            services.get(), settings.get(),
            pd::AppController::Options{parser.value(server), parser.value(profile)});
        // The controller opens the local store (AppServices::start()) when
        // a window first needs it: after the sign-in's first frame, before
        // a resumed session's.
        QObject::connect(controller.get(), &pd::AppController::startFailed, app.get(), fail);
        // Again for each new main window: a language switch rebuilds it.
        controller->setPageBuilder(
            [s = services.get(),
             icons = warmUp ? warmUp->renderedIcons() : nullptr](pd::MainWindow &window) {
                window.setRenderedIcons(icons);
                pd::PageCatalog::addStandardPages(window, *s);
            });
        QObject::connect(controller.get(), &pd::AppController::quitRequested, app.get(),
                         &QCoreApplication::quit, Qt::QueuedConnection);
        QObject::connect(&guard, &pd::SingleInstance::raiseRequested, controller.get(),
                         &pd::AppController::raise);
        if (parser.isSet(screenshots)) {
            // Asking for the main window registers its pages now (each is
            // built when first shown); other starts register them after
            // the first frame.
            auto *flows = controller->mainWindow()->findChild<pd::RequestFlows *>();
            if (!flows)
                return; // the store could not be opened: startFailed ended the run
            auto *run = new pd::ScreenshotRun(services.get(), controller.get(), flows,
                                              parser.value(screenshots), controller.get());
            QObject::connect(
                run, &pd::ScreenshotRun::saved, run, [](const QString &path, const QString &title) {
                    QTextStream(stdout) << "screenshot: " << path << '\t' << title << Qt::endl;
                });
            QObject::connect(run, &pd::ScreenshotRun::finished, app.get(),
                             [](bool ok, const QString &why) {
                                 if (!ok)
                                     QTextStream(stderr) << why << Qt::endl;
                                 QCoreApplication::exit(ok ? 0 : 1);
                             });
            run->start(demoSession.get());
        } else if (demoSession) {
            controller->startDemo(demoSession.get());
        } else {
            controller->start();
        }
        // Folders of demo runs that were killed before they could clean up:
        // a look through the temporary folder the first frame need not wait
        // for. Ours, if any, is locked already and stays.
        const auto removeLeftovers = [] { pd::DemoSession::removeLeftovers(); };
        if (QWidget *window = firstShownWindow())
            pd::AfterFirstExpose::run(window, app.get(), removeLeftovers);
        else
            QTimer::singleShot(0, app.get(), removeLeftovers);
    });
    if (parser.isSet(quitWhenShown))
        new pd::FirstWindowProbe(app.get());
    else if (parser.isSet(quitWhenRowsShown))
        new pd::FirstWindowProbe(app.get(), pd::FirstWindowProbe::Until::TableRows);
    // Inside the event loop, so that exit() works however fast the guard answers.
    QTimer::singleShot(0, &guard, &pd::SingleInstance::start);
    const int code = app->exec();
    controller.reset();
    if (userSettings)
        copySettings(*settings, *userSettings, layoutPrefix);
    services.reset();
    return code;
}
