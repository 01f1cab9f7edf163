#pragma once

#include "account/AccountResource.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace pd {

struct MailingAddress {
    QString line1;
    std::optional<QString> line2;
    QString city;
    std::optional<QString> region;
    std::optional<QString> postalCode;
    QString country; // ISO 3166 code
};

// The user's profile as the server holds it.
struct Profile {
    QString fullName;
    QString email;
    bool emailVerified = false;
    std::optional<MailingAddress> mailingAddress;
    std::optional<QString> phone;
    std::optional<QString> website;
    QString updatedAt; // RFC 3339
};

// A payment card on file, masked as the server sends it: never a full number.
struct PaymentCard {
    QString brand; // visa, mastercard, ...
    QString last4;
    int expiryMonth = 1;
    int expiryYear = 2000;
    QString holderName;
};

// A piece of data a third party sent about the user.
struct ThirdPartyRecord {
    QString receivedAt; // RFC 3339
    QString field;
    QString value;
    QString source;
};

// The first page of the records third parties sent about the user.
struct ThirdPartyRecordPage {
    QList<ThirdPartyRecord> items;
    qint64 total = 0; // all records, of which `items` is the first page
};

// What the account holds about the user: the profile (GET /profile), the
// payment cards (GET /billing) and the first page of the records third
// parties sent (GET /third-party-records; the full set is synced).
class PersonalData : public AccountResource
{
    Q_OBJECT
public:
    explicit PersonalData(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *profileDocument() const { return m_profile; }
    CachedDocument *billingDocument() const { return m_billing; }
    CachedDocument *recordsDocument() const { return m_records; }

    // The cached profile and cards; nullopt when the copy cannot be read.
    std::optional<Profile> profile() const;
    static std::optional<Profile> parseProfile(const QJsonObject &document);
    std::optional<QList<PaymentCard>> cards() const;
    static std::optional<QList<PaymentCard>> parseCards(const QJsonObject &document);
    // The cached first page; nullopt when the copy cannot be read.
    std::optional<ThirdPartyRecordPage> records() const;
    static std::optional<ThirdPartyRecordPage> parseRecords(const QJsonObject &document);

private:
    CachedDocument *m_profile;
    CachedDocument *m_billing;
    CachedDocument *m_records;
};

} // namespace pd
