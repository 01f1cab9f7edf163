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

// The soak test's requests: every type the app files, in turn, each payload
// unique (its index is in a free-text field), valid per the contract. A
// correction names the profile's ETag and a deletion the account's email,
// as the app's dialogs fill them in.
struct SoakAccount {
    QString email;
    QString profileEtag;
};

inline const QStringList &soakTypes()
{
    static const QStringList types{QStringLiteral("edit"),
                                   QStringLiteral("export"),
                                   QStringLiteral("delete"),
                                   QStringLiteral("unsubscribe"),
                                   QStringLiteral("restrict"),
                                   QStringLiteral("object"),
                                   QStringLiteral("guardian_removal"),
                                   QStringLiteral("security_report")};
    return types;
}

inline QString soakType(int index)
{
    return soakTypes().at(index % soakTypes().size());
}

// Unsubscribing has 15 distinct channel sets: at most 15 rounds of types.
inline constexpr int kMaxSoakRequests = 15 * 8;

inline QJsonObject soakPayload(int index, const QString &marker, const SoakAccount &account)
{
    const QString tag = QStringLiteral("%1 %2").arg(marker).arg(index);
    const QString type = soakType(index);
    if (type == u"edit")
        return {{QStringLiteral("changes"), QJsonObject{{QStringLiteral("full_name"),
                                                         QString(QStringLiteral("Soak ") + tag)}}},
                {QStringLiteral("expected_etag"), account.profileEtag}};
    if (type == u"export")
        return {{QStringLiteral("format"), QStringLiteral("json")},
                {QStringLiteral("categories"),
                 subset({QStringLiteral("profile"), QStringLiteral("billing"),
                         QStringLiteral("third_party_records"), QStringLiteral("visits"),
                         QStringLiteral("messages"), QStringLiteral("logs"),
                         QStringLiteral("usage"), QStringLiteral("cookies"),
                         QStringLiteral("google_authorizations"), QStringLiteral("requests")},
                        index / int(soakTypes().size()) + 1)}};
    if (type == u"delete")
        return {{QStringLiteral("confirm_email"), account.email}, {QStringLiteral("reason"), tag}};
    if (type == u"unsubscribe")
        return {{QStringLiteral("channels"),
                 subset({QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp"),
                         QStringLiteral("push")},
                        index / int(soakTypes().size()) % 15 + 1)}};
    if (type == u"restrict" || type == u"object")
        return {{QStringLiteral("processing"), QJsonArray{QStringLiteral("marketing"), tag}},
                {QStringLiteral("reason"), tag}};
    if (type == u"guardian_removal")
        return {{QStringLiteral("guardian_name"), QString(QStringLiteral("Guardian ") + tag)},
                {QStringLiteral("relation"), QStringLiteral("parent")},
                {QStringLiteral("statement"), tag},
                {QStringLiteral("minor"),
                 QJsonObject{{QStringLiteral("full_name"), QString(QStringLiteral("Minor ") + tag)},
                             {QStringLiteral("username"), QStringLiteral("minor-%1").arg(index)}}}};
    return {{QStringLiteral("category"), QStringLiteral("other")},
            {QStringLiteral("description"), tag}};
}

} // namespace killtest
