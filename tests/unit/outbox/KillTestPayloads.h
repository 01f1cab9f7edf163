#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The requests the outbox kill test files: a mix of export, unsubscribe and
// security_report payloads, valid per the contract and each one unique, so
// the server's list shows whether any was created twice.
namespace killtest {

inline QJsonArray subset(const QStringList &all, int bits)
{
    QJsonArray chosen;
    for (int i = 0; i < all.size(); ++i) {
        if (bits & (1 << i))
            chosen.append(all.at(i));
    }
    return chosen;
}

inline QString type(int index)
{
    switch (index % 3) {
    case 0:
        return QStringLiteral("security_report");
    case 1:
        return QStringLiteral("export");
    default:
        return QStringLiteral("unsubscribe");
    }
}

// At most 45 requests (15 distinct channel sets).
inline QJsonObject payload(int index, const QString &marker)
{
    const int variant = index / 3 + 1;
    switch (index % 3) {
    case 0:
        return {
            {QStringLiteral("category"), QStringLiteral("other")},
            {QStringLiteral("description"), QStringLiteral("%1 report %2").arg(marker).arg(index)}};
    case 1:
        return {{QStringLiteral("categories"),
                 subset({QStringLiteral("profile"), QStringLiteral("billing"),
                         QStringLiteral("third_party_records"), QStringLiteral("visits"),
                         QStringLiteral("messages"), QStringLiteral("logs"),
                         QStringLiteral("usage"), QStringLiteral("cookies"),
                         QStringLiteral("google_authorizations"), QStringLiteral("requests")},
                        variant)},
                {QStringLiteral("format"), QStringLiteral("json")}};
    default:
        return {{QStringLiteral("channels"),
                 subset({QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp"),
                         QStringLiteral("push")},
                        variant)}};
    }
}

} // namespace killtest
