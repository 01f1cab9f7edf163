#pragma once

#include "api/AccessTokenProvider.h"

#include <QObject>

namespace pd::test {

// An access token that cannot be renewed: a 401 ends in SignInRequired, as
// when the session is over.
class FixedAccessToken : public AccessTokenProvider
{
public:
    explicit FixedAccessToken(QString token)
        : m_token(std::move(token))
    {}

    QString accessToken() const override { return m_token; }
    void refreshAccessToken(QObject *context, RefreshCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(RefreshOutcome::SignInRequired, std::nullopt); },
            Qt::QueuedConnection);
    }

private:
    QString m_token;
};

} // namespace pd::test
