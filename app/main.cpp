#include "demo/DemoBackend.h"
#include "diagnostics/DiagnoseCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextStream>

// Until the main window lands (issue "The desktop app"), the executable can
// start the bundled demo backend and show where it listens.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Privacy Dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "See and control what the platform holds about you."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the bundled demo backend on this computer."));
    parser.addOption(demo);
    const QCommandLineOption diagnose(
        QStringLiteral("diagnose"),
        QApplication::translate(
            "main", "Check the connection to the server at <url>, print a report and exit."),
        QStringLiteral("url"));
    const QCommandLineOption caFile(
        QStringLiteral("ca"),
        QApplication::translate("main",
                                "With --diagnose: also trust the CA certificates in <file> (PEM)."),
        QStringLiteral("file"));
    parser.addOption(diagnose);
    parser.addOption(caFile);
    parser.process(app);
    if (parser.isSet(diagnose)) {
        QTextStream out(stdout);
        return pd::DiagnoseCommand::run(parser.value(diagnose), parser.value(caFile), out);
    }

    QLabel label(QApplication::translate("main", "Privacy Dashboard"));
    label.setTextFormat(Qt::PlainText);
    label.setMargin(24);
    label.setAccessibleName(QApplication::translate("main", "Status"));
    QTemporaryDir dataDir;
    pd::DemoBackend backend(
        pd::DemoBackend::findServerExecutable(QApplication::applicationDirPath()));
    if (parser.isSet(demo)) {
        QObject::connect(&backend, &pd::DemoBackend::ready, &label, [&] {
            label.setText(
                QApplication::translate("main", "Demo backend running at %1\nSign in as %2")
                    .arg(backend.origin().toString(), backend.accounts().value(0).email));
        });
        QObject::connect(&backend, &pd::DemoBackend::failed, &label, [&](const QString &reason) {
            label.setText(QApplication::translate("main", "The demo backend could not start: %1")
                              .arg(reason));
        });
        label.setText(QApplication::translate("main", "Starting the demo backend…"));
        backend.start(dataDir.path(), {QStringLiteral("--demo")});
    }
    label.show();
    return app.exec();
}
