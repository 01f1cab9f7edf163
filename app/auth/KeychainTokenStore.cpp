#include "auth/KeychainTokenStore.h"

#include "auth/AuthLog.h"

#include <qt6keychain/keychain.h>

namespace pd {

namespace {

QString messageFor(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainTokenStore::tr("Access to the system keychain was denied.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainTokenStore::tr(
            "No system keychain is available, so the sign-in cannot be remembered.");
    default:
        return KeychainTokenStore::tr("The system keychain reported an error: %1").arg(detail);
    }
}

// Runs `job` (which deletes itself) and answers `done` in `context`.
void run(QKeychain::Job *job, const QString &key, QObject *context, TokenStore::Callback done,
         const char *operation)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [done = std::move(done), operation](QKeychain::Job *finished) {
            TokenStore::Result result;
            const QKeychain::Error error = finished->error();
            if (error == QKeychain::NoError) {
                if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    result.secret = reader->textData();
            } else if (error == QKeychain::EntryNotFound) {
                result.status = qobject_cast<QKeychain::DeletePasswordJob *>(finished)
                                    ? TokenStore::Result::Status::Ok
                                    : TokenStore::Result::Status::NotFound;
            } else {
                qCWarning(lcAuth) << "keychain" << operation << "failed, code" << int(error);
                result.status = TokenStore::Result::Status::Error;
                result.errorMessage = messageFor(error, finished->errorString());
            }
            done(result);
        });
    job->start();
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString serviceName)
    : m_service(std::move(serviceName))
{}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context, std::move(done), "read");
}

void KeychainTokenStore::write(const QString &key, const QString &secret, QObject *context,
                               Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, key, context, std::move(done), "write");
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, std::move(done), "delete");
}

} // namespace pd
