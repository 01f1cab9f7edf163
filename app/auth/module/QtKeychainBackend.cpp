#include "QtKeychainBackend.h"

#include <qt6keychain/keychain.h>

namespace pd {

namespace {

KeychainBackend::Answer::Outcome outcomeOf(QKeychain::Job *job)
{
    using Outcome = KeychainBackend::Answer::Outcome;
    switch (job->error()) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        // Deleting a missing entry leaves what the caller asked for.
        return qobject_cast<QKeychain::DeletePasswordJob *>(job) ? Outcome::Ok : Outcome::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Outcome::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Outcome::Unavailable;
    default:
        return Outcome::Failed;
    }
}

// Runs `job` (which deletes itself) and answers `done` in `context`.
void run(QKeychain::Job *job, const QString &key, QObject *context, KeychainBackend::Callback done)
{
    job->setAutoDelete(true);
    // Never a file of QtKeychain's beside the keychain: the token stays in
    // the keychain or is not kept.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *finished) {
                         KeychainBackend::Answer answer;
                         answer.outcome = outcomeOf(finished);
                         if (answer.outcome == KeychainBackend::Answer::Outcome::Ok) {
                             if (auto *reader =
                                     qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 answer.secret = reader->textData();
                         } else {
                             answer.detail = finished->errorString();
                             answer.code = int(finished->error());
                         }
                         done(answer);
                     });
    job->start();
}

} // namespace

void QtKeychainBackend::read(const QString &service, const QString &key, QObject *context,
                             Callback done)
{
    run(new QKeychain::ReadPasswordJob(service), key, context, std::move(done));
}

void QtKeychainBackend::write(const QString &service, const QString &key, const QString &secret,
                              QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setTextData(secret);
    run(job, key, context, std::move(done));
}

void QtKeychainBackend::remove(const QString &service, const QString &key, QObject *context,
                               Callback done)
{
    run(new QKeychain::DeletePasswordJob(service), key, context, std::move(done));
}

} // namespace pd
