#pragma once

#include "auth/TokenStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace pd::test {

// A token store whose writes can be held back, to observe what happens
// between "new tokens received" and "refresh token stored".
class HeldTokenStore : public TokenStore
{
public:
    QHash<QString, QString> secrets;
    bool holdWrites = false;
    QList<std::function<void()>> pending;

    void read(const QString &key, QObject *context, Callback done) override
    {
        Result result;
        if (secrets.contains(key))
            result.secret = secrets.value(key);
        else
            result.status = Result::Status::NotFound;
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        auto apply = [this, key, secret, context = QPointer<QObject>(context), done] {
            secrets.insert(key, secret);
            if (context)
                done({});
        };
        if (holdWrites)
            pending.append(apply);
        else
            QMetaObject::invokeMethod(context, apply, Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        secrets.remove(key);
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
    void release()
    {
        const auto calls = std::exchange(pending, {});
        for (const auto &call : calls)
            call();
    }
};

} // namespace pd::test
