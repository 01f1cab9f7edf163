#pragma once

#include "kernel/ServerConfig.h"

#include <QCommandLineParser>
#include <QStringList>

namespace pd::server {

// privacy-dashboard-server's command line: its options, the checks on their
// values and the ServerConfig they make. Apart from main() so that a unit
// test can try every refusal without starting a process.
class ServerCommandLine
{
public:
    enum class Outcome {
        Run,     // config() holds what the arguments set
        Help,    // --help: print helpText()
        Version, // --version
        Invalid, // error() says why, in one line
    };

    ServerCommandLine();

    // `arguments` as QCoreApplication::arguments(): the program first.
    Outcome parse(const QStringList &arguments);

    const ServerConfig &config() const { return m_config; }
    QString error() const { return m_error; }
    QString helpText() const { return m_parser.helpText(); }

private:
    bool readConfig();
    bool readListen();
    bool readIntegers();
    bool readIssuers();
    bool readPublicUrl();
    bool readDatabase();
    bool fail(const QString &error);

    QCommandLineParser m_parser;
    ServerConfig m_config;
    QString m_error;
};

} // namespace pd::server
