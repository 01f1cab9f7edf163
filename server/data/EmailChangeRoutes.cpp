#include "EmailChangeRoutes.h"

#include "AccountActivity.h"
#include "EmailChangeStore.h"
#include "ProfileStore.h"
#include "db/Database.h"
#include "http/HttpRouter.h"
#include "http/JsonBody.h"
#include "kernel/Clock.h"
#include "mail/AccountMail.h"
#include "mail/MailSink.h"

#include <QLoggingCategory>

namespace pd::server {

Q_LOGGING_CATEGORY(lcEmailChange, "pd.server.data.email")

namespace {

constexpr int kLifetimeMinutes = int(EmailChangeStore::kLifetimeMs / 60000);

bool deliver(const ServerContext &context, const MailMessage &message)
{
    QString error;
    if (context.mail && context.mail->send(message, &error))
        return true;
    // The reason names no address: logs hold no personal data.
    qCWarning(lcEmailChange) << "mail not sent:"
                             << (context.mail ? error : QStringLiteral("no sink"));
    return false;
}

HttpResponse mailUnavailable()
{
    return HttpResponse::retryLater(
        Problem::Unavailable, 60,
        QStringLiteral("The confirmation code could not be sent. Try again later."));
}

HttpResponse noPendingChange()
{
    return HttpResponse::problem(Problem::NotFound,
                                 QStringLiteral("No email change is waiting for confirmation."));
}

} // namespace

void EmailChangeRoutes::registerRoutes(HttpRouter &router) const
{
    const QString base = QStringLiteral("/api/v1/profile/email-change");
    router.add("POST", base + QStringLiteral("/confirm"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.confirm(request); });
    router.add("POST", base + QStringLiteral("/resend"), Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.resend(request); });
    router.add("DELETE", base, Access::Authenticated,
               [routes = *this](const HttpRequest &request) { return routes.cancel(request); });
}

QJsonObject EmailChangeRoutes::profileJson(const ServerContext &context, const QString &accountId,
                                           const Profile &profile)
{
    QJsonObject json = profile.toJson();
    const EmailChangeStore changes(context.db, context.secret);
    const std::optional<PendingEmailChange> pending =
        changes.find(accountId, context.clock.nowMs());
    json.insert(QStringLiteral("pending_email"),
                pending ? QJsonValue(QJsonObject{
                              {QStringLiteral("email"), pending->newEmail},
                              {QStringLiteral("expires_at"), toApiTime(pending->expiresAt)},
                              {QStringLiteral("attempts_left"), pending->attemptsLeft}})
                        : QJsonValue(QJsonValue::Null));
    return json;
}

bool EmailChangeRoutes::start(const ServerContext &context, const HttpRequest &request,
                              const QString &oldEmail, const QString &newEmail, HttpResponse *error)
{
    const EmailChangeStore changes(context.db, context.secret);
    const QString code = changes.start(request.caller().accountId, newEmail, context.clock.nowMs());
    if (!deliver(context,
                 AccountMail::emailChangeCode(context.config, newEmail, code, kLifetimeMinutes))) {
        *error = mailUnavailable();
        return false;
    }
    // The holder of the old address hears of it at once: if a thief started
    // it, they can still cancel it.
    deliver(context, AccountMail::emailChangeRequested(context.config, oldEmail, newEmail));
    AccountActivity::record(context, request, QStringLiteral("profile.email_change_requested"),
                            QStringLiteral("A code was sent to the new email address"));
    return true;
}

HttpResponse EmailChangeRoutes::profileResponse(int status, const QString &accountId) const
{
    const std::optional<Profile> profile =
        ProfileStore(m_context.db, m_context.clock).load(accountId);
    if (!profile)
        return HttpResponse::problem(Problem::NotFound);
    HttpResponse response = HttpResponse::json(status, profileJson(m_context, accountId, *profile));
    response.setHeader("etag", profile->etag());
    return response;
}

HttpResponse EmailChangeRoutes::confirm(const HttpRequest &request) const
{
    HttpResponse error;
    const std::optional<QJsonObject> body = parseJsonObject(request, &error);
    if (!body)
        return error;
    FieldReader reader(*body);
    reader.rejectUnknown({QStringLiteral("code")});
    const QString code = reader.sixDigitCode(QStringLiteral("code"));
    if (!reader.ok())
        return HttpResponse::validationFailed(reader.errors());

    const QString &accountId = request.caller().accountId;
    const ProfileStore store(m_context.db, m_context.clock);
    const EmailChangeStore changes(m_context.db, m_context.secret);
    QString newEmail;
    int attemptsLeft = 0;
    QString oldEmail;
    {
        Transaction transaction(m_context.db);
        const EmailChangeStore::Outcome outcome =
            changes.confirm(accountId, code, m_context.clock.nowMs(), &newEmail, &attemptsLeft);
        if (outcome == EmailChangeStore::Outcome::NoChange)
            return noPendingChange();
        if (outcome == EmailChangeStore::Outcome::Wrong) {
            transaction.commit(); // the attempt counts
            return HttpResponse::problem(
                Problem::ConfirmationCodeInvalid,
                attemptsLeft > 0
                    ? QStringLiteral("The code is not correct.")
                    : QStringLiteral("The code is not correct, and no tries are left: start the "
                                     "email change again."),
                QJsonObject{{QStringLiteral("attempts_left"), attemptsLeft}});
        }
        std::optional<Profile> profile = store.load(accountId);
        if (!profile)
            return HttpResponse::problem(Problem::NotFound);
        if (store.emailTaken(newEmail, accountId)) {
            transaction.commit(); // the change is spent either way
            return HttpResponse::problem(
                Problem::Conflict,
                QStringLiteral("Another account already uses this email address."));
        }
        oldEmail = profile->email;
        profile->email = newEmail;
        if (!store.save(accountId, &*profile, true))
            return HttpResponse::problem(
                Problem::Conflict, QStringLiteral("The profile changed meanwhile; try again."));
        // The code proved the new address: it is verified, unlike an address
        // typed without one.
        m_context.db.run(
            QStringLiteral("UPDATE profiles SET email_verified = 1 WHERE account_id = ?"),
            {accountId});
        AccountActivity::record(m_context, request, QStringLiteral("profile.updated"),
                                QStringLiteral("Changed: email"));
        transaction.commit();
    }
    deliver(m_context, AccountMail::emailChanged(m_context.config, oldEmail, newEmail));
    return profileResponse(200, accountId);
}

HttpResponse EmailChangeRoutes::resend(const HttpRequest &request) const
{
    const QString &accountId = request.caller().accountId;
    const EmailChangeStore changes(m_context.db, m_context.secret);
    Transaction transaction(m_context.db);
    const std::optional<PendingEmailChange> pending =
        changes.find(accountId, m_context.clock.nowMs());
    bool limitReached = false;
    const std::optional<QString> code =
        pending ? changes.resend(accountId, m_context.clock.nowMs(), &limitReached) : std::nullopt;
    if (limitReached) {
        return HttpResponse::retryLater(
            Problem::RateLimited, kLifetimeMinutes * 60,
            QStringLiteral("Enough codes were sent for this change; start it again later."));
    }
    if (!code)
        return noPendingChange();
    if (!deliver(m_context, AccountMail::emailChangeCode(m_context.config, pending->newEmail, *code,
                                                         kLifetimeMinutes)))
        return mailUnavailable();
    transaction.commit();
    return profileResponse(202, accountId);
}

HttpResponse EmailChangeRoutes::cancel(const HttpRequest &request) const
{
    const EmailChangeStore changes(m_context.db, m_context.secret);
    if (!changes.cancel(request.caller().accountId))
        return noPendingChange();
    AccountActivity::record(m_context, request, QStringLiteral("profile.email_change_cancelled"),
                            QStringLiteral("The email change was cancelled"));
    return HttpResponse::noContent();
}

} // namespace pd::server
