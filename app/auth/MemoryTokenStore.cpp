#include "auth/MemoryTokenStore.h"

#include <QMetaObject>
#include <QObject>

namespace pd {

void MemoryTokenStore::answer(QObject *context, Callback done, Result result)
{
    if (!m_failure.isEmpty())
        result = Result{Result::Status::Error, {}, m_failure};
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

void MemoryTokenStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    Result result;
    if (it == m_secrets.constEnd())
        result.status = Result::Status::NotFound;
    else if (m_failure.isEmpty())
        result.secret = *it;
    answer(context, std::move(done), result);
}

void MemoryTokenStore::write(const QString &key, const QString &secret, QObject *context,
                             Callback done)
{
    if (m_failure.isEmpty())
        m_secrets.insert(key, secret);
    answer(context, std::move(done), {});
}

void MemoryTokenStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_failure.isEmpty())
        m_secrets.remove(key);
    answer(context, std::move(done), {});
}

} // namespace pd
