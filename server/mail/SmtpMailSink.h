#pragma once

#include "MailSink.h"

#include <QUrl>

namespace pd::server {

// Hands each message to an SMTP relay with libcurl: smtps:// (TLS from the
// start) or smtp:// with STARTTLS required, except on a loopback relay
// (a local MTA), where it is used when offered. The relay's certificate is
// checked against the system CAs plus `extraCaFile`. A user name may be in
// the URL; the password comes from the environment (PD_SMTP_PASSWORD), never
// from the command line. Sending blocks for at most `timeoutSeconds`.
class SmtpMailSink : public MailSink
{
public:
    SmtpMailSink(QUrl relay, QString extraCaFile, QString password, int timeoutSeconds = 15);
    ~SmtpMailSink() override;

    // Whether `relay` is a usable relay URL; *error says why not.
    static bool isValidRelay(const QUrl &relay, QString *error);
    bool send(const MailMessage &message, QString *error) override;

private:
    QUrl m_relay;
    QString m_extraCaFile;
    QString m_password;
    int m_timeoutSeconds;
};

} // namespace pd::server
