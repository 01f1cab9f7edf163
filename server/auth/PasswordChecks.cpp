#include "PasswordChecks.h"

#include "PasswordHasher.h"

#include <QFile>
#include <QPromise>
#include <QThread>

#include <memory>

namespace pd::server {

PasswordChecks::PasswordChecks(QString holdFile)
    : m_holdFile(std::move(holdFile))
{
    // One check per core: more would only share the cores, and leave the
    // event loop less of them.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
}

PasswordChecks::~PasswordChecks()
{
    m_pool.waitForDone();
}

QFuture<bool> PasswordChecks::verify(const QString &password, const QString &stored)
{
    auto promise = std::make_shared<QPromise<bool>>();
    QFuture<bool> future = promise->future();
    promise->start();
    m_pool.start([promise, password, stored, hold = m_holdFile] {
        // The client left while the check waited for a thread.
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        if (!hold.isEmpty()) {
            // Tells the test that a check has begun and waits.
            QFile(hold + QStringLiteral(".waiting")).open(QIODevice::WriteOnly);
            while (!QFile::exists(hold))
                QThread::msleep(20);
        }
        promise->addResult(PasswordHasher::verify(password, stored));
        promise->finish();
    });
    return future;
}

} // namespace pd::server
