#pragma once

#include <QFuture>
#include <QString>
#include <QThreadPool>

namespace pd::server {

// Verifies passwords on threads of its own. PBKDF2 costs a third of a
// second or more by design; on the event loop it held every other
// connection up for that long, per sign-in.
class PasswordChecks
{
public:
    // `holdFile` (tests only, empty otherwise): each check waits until that
    // file exists before it starts.
    explicit PasswordChecks(QString holdFile = {});
    ~PasswordChecks();
    PasswordChecks(const PasswordChecks &) = delete;
    PasswordChecks &operator=(const PasswordChecks &) = delete;

    // The result of PasswordHasher::verify(password, stored), computed on
    // one of the pool's threads.
    QFuture<bool> verify(const QString &password, const QString &stored);

private:
    QString m_holdFile;
    QThreadPool m_pool;
};

} // namespace pd::server
