#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pd::server {

// One plain-text message the server sends (codes, notices). Addresses are
// bare (`user@example.com`); the body is plain text.
struct MailMessage {
    QString from;
    QString to;
    QString subject;
    QString body;

    // RFC 5322 with MIME headers (UTF-8, 8bit), CRLF line ends; a non-ASCII
    // subject is RFC 2047 encoded. `messageIdDomain` names the sending host.
    QByteArray toRfc5322(const QDateTime &date, const QString &messageIdDomain) const;
};

} // namespace pd::server
