#pragma once

#include "api/RequestRecorder.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSsl>
#include <QString>
#include <QUrl>

namespace pd {

class AppServices;

// What Help → Copy Diagnostics puts on the clipboard for support staff:
// versions, the system, the server's origin and TLS settings, the last
// request ids, the outbox and the sync per category. Built only from facts
// about the app, the system and the connection, never from account data:
// no name, address, e-mail, phone, account id, token, cookie or file path
// (a path can hold the user's name). The text is English on purpose: it is
// read by support staff and searched by their tools, whatever the user's
// language.
struct SupportReport {
    struct CategorySync {
        QString category;
        qint64 rows = -1;       // cached rows; -1 when unknown
        QString lastCompleteAt; // RFC 3339 UTC; empty when never completed
        bool walkInProgress = false;
    };

    QString appVersion;
    QString qtRuntimeVersion;
    QString qtBuildVersion;
    QString os;
    QString kernel;
    QString architecture;
    QDateTime generatedAt;

    bool hasServer = false;
    QString serverOrigin; // scheme://host:port
    bool signedIn = false;
    bool customCa = false;
    bool pinSet = false;
    bool developerMode = false;
    QSsl::SslProtocol tlsProtocol = QSsl::UnknownProtocol; // of the last reply
    QString tlsCipher;

    QList<RequestRecorder::Entry> recentRequests; // newest first
    QList<QPair<QString, int>> outboxCounts;      // state name, count
    QList<CategorySync> sync;

    // Versions and the system this app runs on.
    static SupportReport forThisSystem();
    // forThisSystem() plus what `services` knows about the active profile,
    // its last requests, the outbox and the sync.
    static SupportReport collect(const AppServices &services);
    // "https://host:443" for any URL of that server (user info, path, query
    // and fragment dropped, the scheme's default port written out).
    static QString originText(const QUrl &url);

    QString toText() const;
};

} // namespace pd
