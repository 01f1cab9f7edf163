#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd::server {

class Database;

struct PendingEmailChange {
    QString newEmail;
    qint64 expiresAt = 0;
    int attemptsLeft = 0;
};

// Email changes waiting for the new address to prove itself with a code.
// One per account; a new change replaces the old. Codes are kept only as a
// keyed hash (six digits are quickly guessed from a plain one).
class EmailChangeStore
{
public:
    static constexpr qint64 kLifetimeMs = 30 * 60 * 1000;
    static constexpr int kMaxAttempts = 5;
    static constexpr int kMaxSends = 5;

    EmailChangeStore(const Database &db, QByteArray secret);

    // The unexpired change with attempts left; a spent one is removed.
    std::optional<PendingEmailChange> find(const QString &accountId, qint64 nowMs) const;
    // Starts (or restarts) a change; returns the code to mail.
    QString start(const QString &accountId, const QString &newEmail, qint64 nowMs) const;
    // A new code for the pending change (attempts and expiry start again);
    // nullopt when there is none or the send limit is reached.
    std::optional<QString> resend(const QString &accountId, qint64 nowMs, bool *limitReached) const;

    enum class Outcome { Accepted, Wrong, NoChange };
    // Counts the attempt first, so concurrent guesses cannot exceed the
    // limit. On Accepted the change is removed and *newEmail set.
    Outcome confirm(const QString &accountId, const QString &code, qint64 nowMs, QString *newEmail,
                    int *attemptsLeft) const;
    bool cancel(const QString &accountId) const;

private:
    static QString newCode();
    QString codeHash(const QString &accountId, const QString &newEmail, const QString &code) const;

    const Database &m_db;
    QByteArray m_secret;
};

} // namespace pd::server
