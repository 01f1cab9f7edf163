#include "auth/KeychainTokenStore.h"

#include "auth/AuthLog.h"
#include "auth/KeychainBackend.h"
#include "core/ModuleLoader.h"

#include <QMetaObject>
#include <QObject>

namespace pd {

namespace {

using Outcome = KeychainBackend::Answer::Outcome;

QString unavailableMessage()
{
    return KeychainTokenStore::tr(
        "No system keychain is available, so the sign-in cannot be remembered.");
}

QString messageFor(const KeychainBackend::Answer &answer)
{
    switch (answer.outcome) {
    case Outcome::AccessDenied:
        return KeychainTokenStore::tr("Access to the system keychain was denied.");
    case Outcome::Unavailable:
        return unavailableMessage();
    default:
        return KeychainTokenStore::tr("The system keychain reported an error: %1")
            .arg(answer.detail);
    }
}

// The module's answer as the TokenStore's, for `done`.
KeychainBackend::Callback answering(TokenStore::Callback done, const char *operation)
{
    return [done = std::move(done), operation](const KeychainBackend::Answer &answer) {
        TokenStore::Result result;
        switch (answer.outcome) {
        case Outcome::Ok:
            result.secret = answer.secret;
            break;
        case Outcome::NotFound:
            result.status = TokenStore::Result::Status::NotFound;
            break;
        default:
            qCWarning(lcAuth) << "keychain" << operation << "failed, code" << answer.code;
            result.status = TokenStore::Result::Status::Error;
            result.errorMessage = messageFor(answer);
        }
        done(result);
    };
}

} // namespace

QString KeychainTokenStore::moduleName()
{
    return QStringLiteral("keychain");
}

KeychainTokenStore::KeychainTokenStore(QString serviceName)
    : m_service(std::move(serviceName))
{}

KeychainBackend *KeychainTokenStore::backend(QObject *context, const Callback &done)
{
    if (KeychainBackend *module = ModuleLoader::load<KeychainBackend>(moduleName()))
        return module;
    // To the user, an installation without the module is a machine without
    // a keychain: the sign-in works and is not remembered. ModuleLoader has
    // logged why it is missing.
    const TokenStore::Result result{TokenStore::Result::Status::Error, {}, unavailableMessage()};
    // Asynchronous like the keychain, and dropped with `context`.
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
    return nullptr;
}

void KeychainTokenStore::read(const QString &key, QObject *context, Callback done)
{
    if (KeychainBackend *keychain = backend(context, done))
        keychain->read(m_service, key, context, answering(std::move(done), "read"));
}

void KeychainTokenStore::write(const QString &key, const QString &secret, QObject *context,
                               Callback done)
{
    if (KeychainBackend *keychain = backend(context, done))
        keychain->write(m_service, key, secret, context, answering(std::move(done), "write"));
}

void KeychainTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    if (KeychainBackend *keychain = backend(context, done))
        keychain->remove(m_service, key, context, answering(std::move(done), "delete"));
}

} // namespace pd
