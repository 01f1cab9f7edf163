#pragma once

#include <QString>

#include <functional>

class QObject;

namespace pd {

// Where a profile's refresh token lives between runs. Asynchronous (the
// platform keychain may ask the user); every call answers exactly once
// through `done`, unless `context` is destroyed first.
class TokenStore
{
public:
    struct Result {
        enum class Status { Ok, NotFound, Error };
        Status status = Status::Ok;
        QString secret;       // read(): the stored secret
        QString errorMessage; // Error: for the user (translated)

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~TokenStore() = default;
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback done) = 0;
    // Deleting a missing entry counts as success.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace pd
