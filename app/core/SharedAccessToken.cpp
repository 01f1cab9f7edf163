#include "core/SharedAccessToken.h"

#include <QMutexLocker>

namespace pd {

void SharedAccessToken::set(const QString &token)
{
    const QMutexLocker lock(&m_mutex);
    m_token = token;
}

void SharedAccessToken::clear()
{
    set({});
}

QString SharedAccessToken::get() const
{
    const QMutexLocker lock(&m_mutex);
    return m_token;
}

} // namespace pd
