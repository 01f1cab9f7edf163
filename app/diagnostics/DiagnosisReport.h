#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd {

// What Diagnoser found out about a server. Holds only facts about the
// server and the connection: no account data, no tokens.
struct DiagnosisReport {
    Q_DECLARE_TR_FUNCTIONS(pd::DiagnosisReport)
public:
    struct Certificate {
        QString subject;
        QString issuer;
        QDateTime notBefore;
        QDateTime notAfter;
        QString sha256Fingerprint; // upper-case hex, colon separated
    };

    // Clock differences above this break TOTP codes and token lifetimes.
    static constexpr qint64 kMaxClockSkewSeconds = 300;

    QUrl url;
    bool urlAllowed = false;
    QString urlProblem;

    bool reachable = false;
    qint64 connectMilliseconds = -1;
    QString connectionError;

    QString tlsProtocol;
    QString tlsCipher;
    QList<Certificate> chain;
    bool certificateVerified = false;
    QStringList verificationErrors;
    bool pinConfigured = false;
    bool pinMatched = false;

    bool discoveryAttempted = false;
    bool discoveryOk = false;
    QString discoveryError;
    QString providerName;
    QString apiVersion;
    QUrl apiBaseUrl;
    qint64 roundTripMilliseconds = -1;
    std::optional<qint64> clockSkewSeconds; // server clock minus this computer's

    bool clockOk() const;
    bool ok() const;
    // Human-readable, translated, one fact per line.
    QString toText() const;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::DiagnosisReport)
