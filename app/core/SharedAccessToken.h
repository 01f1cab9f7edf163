#pragma once

#include <QMutex>
#include <QString>

namespace pd {

// The access token for the sync thread's page source, which cannot ask the
// AuthService (it lives on the UI thread and is not thread-safe). The UI
// thread sets it before each run and after each refresh.
class SharedAccessToken
{
public:
    void set(const QString &token);
    void clear();
    QString get() const;

private:
    mutable QMutex m_mutex;
    QString m_token;
};

} // namespace pd
