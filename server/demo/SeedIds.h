#pragma once

#include <QCryptographicHash>
#include <QString>

namespace pd::server {

// Deterministic identifiers for seeded rows whose id is TEXT and unique
// across accounts: a prefix, a short digest of the account id and the row
// number (only URL-safe characters, as the contract's Id requires).
class SeedIds
{
public:
    static QString make(const char *prefix, const QString &accountId, int n)
    {
        const QByteArray digest =
            QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(10);
        return QString::fromLatin1(prefix) + QLatin1Char('-') + QString::fromLatin1(digest) +
               QLatin1Char('-') + QString::number(n);
    }

    // A time `n` steps of `stepMs` before `nowMs`, with a deterministic
    // jitter below one step so rows do not fall on a grid.
    static qint64 before(qint64 nowMs, qint64 n, qint64 stepMs)
    {
        return nowMs - n * stepMs - (n * 7919 + 104729) % qMax<qint64>(1, stepMs);
    }

    static constexpr qint64 kMinuteMs = 60 * 1000;
    static constexpr qint64 kHourMs = 60 * kMinuteMs;
    static constexpr qint64 kDayMs = 24 * kHourMs;
};

} // namespace pd::server
