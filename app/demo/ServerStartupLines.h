#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace pd {

// What privacy-dashboard-server prints on stdout once it is ready, one fact
// per line: "listening: URL", "ca-certificate: PATH" and, with --demo,
// "demo-account: email=… password=… totp-secret=…". Read by the app's demo
// mode and by the tests that start the server, so both read it alike.
struct ServerStartupLines {
    struct Account {
        QString email;
        QString password;
        QString totpSecret;
    };

    QUrl origin;
    QString caPath;
    QList<Account> accounts;

    // Takes one line (its newline and surrounding blanks do not matter);
    // false when it is none of the lines above.
    bool read(const QString &line);
};

} // namespace pd
