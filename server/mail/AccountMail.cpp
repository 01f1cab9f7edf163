#include "AccountMail.h"

#include "kernel/ServerConfig.h"

namespace pd::server {

namespace {

MailMessage message(const ServerConfig &config, const QString &to, const QString &subject,
                    const QString &body)
{
    return MailMessage{config.supportEmail, to, subject,
                       body + QStringLiteral("\n\n-- \n%1 Privacy Dashboard\n%2\n")
                                  .arg(config.providerName, config.supportEmail)};
}

} // namespace

MailMessage AccountMail::emailChangeCode(const ServerConfig &config, const QString &newEmail,
                                         const QString &code, int validMinutes)
{
    return message(
        config, newEmail, QStringLiteral("Your confirmation code: %1").arg(code),
        QStringLiteral("Someone asked to make %1 the sign-in address of a %2 account.\n\n"
                       "Confirmation code: %3\n\n"
                       "Enter it in the Privacy Dashboard within %4 minutes. If you did not "
                       "ask for this, ignore this message: nothing changes without the code.")
            .arg(newEmail, config.providerName, code)
            .arg(validMinutes));
}

MailMessage AccountMail::emailChangeRequested(const ServerConfig &config, const QString &oldEmail,
                                              const QString &newEmail)
{
    return message(
        config, oldEmail, QStringLiteral("A change of your sign-in address was requested"),
        QStringLiteral("Someone signed in to your %1 account asked to change its sign-in "
                       "address from %2 to %3. It changes only once a code sent to the new "
                       "address is entered.\n\n"
                       "If this was not you, sign in, cancel the change on the Personal data "
                       "page, change your password and contact %4.")
            .arg(config.providerName, oldEmail, newEmail, config.securityEmail));
}

MailMessage AccountMail::emailChanged(const ServerConfig &config, const QString &oldEmail,
                                      const QString &newEmail)
{
    return message(config, oldEmail, QStringLiteral("Your sign-in address was changed"),
                   QStringLiteral("The sign-in address of your %1 account was changed from %2 "
                                  "to %3.\n\nIf this was not you, contact %4 at once.")
                       .arg(config.providerName, oldEmail, newEmail, config.securityEmail));
}

} // namespace pd::server
