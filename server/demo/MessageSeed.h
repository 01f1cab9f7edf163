#pragma once

#include <QString>

namespace pd::server {

class Database;

// A demo account's conversation history across channels, in Indonesian and
// English. One message carries HTML and control characters on purpose:
// clients must show message bodies as plain text.
class MessageSeed
{
public:
    static void seed(const Database &db, qint64 nowMs, const QString &accountId, int variant);
    // The body that proves plain-text rendering (for tests and reviewers).
    static QString hostileBody(int variant);
};

} // namespace pd::server
