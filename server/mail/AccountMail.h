#pragma once

#include "MailMessage.h"

namespace pd::server {

struct ServerConfig;

// The messages the server sends about an account's sign-in address. Plain
// text in English: the reference server has no translations.
class AccountMail
{
public:
    static MailMessage emailChangeCode(const ServerConfig &config, const QString &newEmail,
                                       const QString &code, int validMinutes);
    static MailMessage emailChangeRequested(const ServerConfig &config, const QString &oldEmail,
                                            const QString &newEmail);
    static MailMessage emailChanged(const ServerConfig &config, const QString &oldEmail,
                                    const QString &newEmail);
};

} // namespace pd::server
