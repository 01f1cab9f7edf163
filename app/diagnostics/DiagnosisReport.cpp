#include "diagnostics/DiagnosisReport.h"

#include <QTextStream>

#include <cstdlib>

namespace pd {

bool DiagnosisReport::clockOk() const
{
    return !clockSkewSeconds || std::llabs(*clockSkewSeconds) <= kMaxClockSkewSeconds;
}

bool DiagnosisReport::ok() const
{
    return urlAllowed && reachable && certificateVerified && (!pinConfigured || pinMatched) &&
           discoveryOk && clockOk();
}

QString DiagnosisReport::toText() const
{
    QString text;
    QTextStream out(&text);
    const QString yes = tr("OK");
    const QString no = tr("FAILED");
    out << tr("Server: %1").arg(url.toString(QUrl::RemoveUserInfo)) << '\n';
    if (!urlAllowed) {
        out << tr("Address: %1 (%2)").arg(no, urlProblem) << '\n';
        out << tr("Result: %1").arg(no) << '\n';
        return text;
    }
    if (reachable)
        out << tr("Reachable: %1 (connected in %2 ms)").arg(yes).arg(connectMilliseconds) << '\n';
    else
        out << tr("Reachable: %1 (%2)").arg(no, connectionError) << '\n';
    if (!tlsProtocol.isEmpty())
        out << tr("TLS protocol: %1, cipher %2").arg(tlsProtocol, tlsCipher) << '\n';
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Certificate &certificate = chain.at(i);
        //: %1 counts from 1: the server's own certificate, then its issuers.
        out << tr("Certificate %1 of %2:").arg(i + 1).arg(chain.size()) << '\n'
            << "  " << tr("Subject: %1").arg(certificate.subject) << '\n'
            << "  " << tr("Issuer: %1").arg(certificate.issuer) << '\n'
            << "  "
            << tr("Valid: %1 to %2")
                   .arg(certificate.notBefore.toString(Qt::ISODate),
                        certificate.notAfter.toString(Qt::ISODate))
            << '\n'
            << "  " << tr("SHA-256: %1").arg(certificate.sha256Fingerprint) << '\n';
    }
    if (reachable) {
        out << tr("Certificate verification: %1").arg(certificateVerified ? yes : no) << '\n';
        for (const QString &error : verificationErrors)
            out << "  " << error << '\n';
    }
    if (pinConfigured)
        out << tr("Public key pin: %1").arg(pinMatched ? yes : no) << '\n';
    if (discoveryAttempted) {
        if (discoveryOk) {
            out << tr("Discovery: %1 (%2, API version %3, %4)")
                       .arg(yes, providerName, apiVersion, apiBaseUrl.toString())
                << '\n';
            out << tr("Round trip: %1 ms").arg(roundTripMilliseconds) << '\n';
        } else {
            out << tr("Discovery: %1 (%2)").arg(no, discoveryError) << '\n';
        }
        if (clockSkewSeconds) {
            out << tr("Clock difference to the server: %1 s (%2)")
                       .arg(*clockSkewSeconds)
                       .arg(clockOk() ? yes : no)
                << '\n';
        } else {
            out << tr("Clock difference to the server: unknown (no Date header)") << '\n';
        }
    }
    out << tr("Result: %1").arg(ok() ? yes : no) << '\n';
    return text;
}

} // namespace pd
