#include "composition/ServerApp.h"
#include "composition/ServerCommandLine.h"
#include "kernel/OpenSslLifetime.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char *argv[])
{
    if (!pd::server::OpenSslLifetime::keepUntilExit()) {
        QTextStream(stderr) << "error: OpenSSL could not be initialised\n";
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("privacy-dashboard-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));

    pd::server::ServerCommandLine commandLine;
    QTextStream err(stderr);
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case pd::server::ServerCommandLine::Outcome::Run:
        break;
    case pd::server::ServerCommandLine::Outcome::Help:
        QTextStream(stdout) << commandLine.helpText();
        return 0;
    case pd::server::ServerCommandLine::Outcome::Version:
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case pd::server::ServerCommandLine::Outcome::Invalid:
        err << commandLine.error() << '\n';
        return 2;
    }

    // Stop cleanly on SIGTERM/SIGINT so SQLite checkpoints its WAL.
    for (int signalNumber : {SIGTERM, SIGINT})
        std::signal(signalNumber, [](int) { QCoreApplication::quit(); });
    // A file size limit (ulimit -f) must fail the write that passes it, as a
    // full disk does, and not kill the whole server: the export that hit it
    // is rejected and everything else carries on.
    std::signal(SIGXFSZ, SIG_IGN);

    pd::server::ServerApp server(commandLine.config());
    QTextStream out(stdout);
    QString error;
    if (!server.start(out, &error)) {
        err << "error: " << error << '\n';
        return 1;
    }
    return app.exec();
}
