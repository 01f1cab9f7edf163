#pragma once

#include "account/AccountResource.h"

#include <QDate>
#include <QList>

namespace pd {

// How much the account holds and how it was used, as the server counts it.
struct UsageFigures {
    struct Day {
        QDate date;
        qint64 visits = 0;
        qint64 messages = 0;
    };
    qint64 visits = 0;
    qint64 messages = 0;
    qint64 mediaFiles = 0;
    qint64 mediaBytes = 0;
    qint64 agents = 0;
    qint64 activeUsers = 0;
    QList<Day> daily; // oldest first, as the server lists them
};

// The account's usage figures (GET /usage).
class Usage : public AccountResource
{
    Q_OBJECT
public:
    explicit Usage(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    UsageFigures figures() const;
    // Lenient, as a dashboard is: a figure the server leaves out, or sends
    // out of range, reads as 0 (jsonCount).
    static UsageFigures parse(const QJsonObject &document);

private:
    CachedDocument *m_document;
};

} // namespace pd
