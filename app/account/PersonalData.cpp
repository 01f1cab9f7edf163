#include "account/PersonalData.h"

#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

namespace {

// One page is enough to show; the full set is in the synced cache.
constexpr int kRecordsPage = 200;

} // namespace

PersonalData::PersonalData(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_profile(makeDocument(QStringLiteral("profile"), QStringLiteral("/profile")))
    , m_billing(makeDocument(QStringLiteral("billing"), QStringLiteral("/billing")))
    , m_records(
          makeDocument(QStringLiteral("third-party-records"),
                       ApiRequest::get(QStringLiteral("/third-party-records"))
                           .withQuery(QStringLiteral("limit"), QString::number(kRecordsPage))))
{}

std::optional<Profile> PersonalData::profile() const
{
    return parseProfile(m_profile->object());
}

std::optional<Profile> PersonalData::parseProfile(const QJsonObject &document)
{
    JsonReader reader(document);
    Profile profile;
    profile.fullName = reader.string(u"full_name");
    profile.email = reader.string(u"email");
    profile.emailVerified = reader.boolean(u"email_verified");
    profile.phone = reader.optionalString(u"phone");
    profile.website = reader.optionalString(u"website");
    profile.updatedAt = reader.string(u"updated_at");
    // No address on file is null (or absent), not an error.
    if (document.value(QLatin1String("mailing_address")).isObject()) {
        JsonReader mailing = reader.object(u"mailing_address");
        profile.mailingAddress = MailingAddress{mailing.string(u"line1"),
                                                mailing.optionalString(u"line2"),
                                                mailing.string(u"city"),
                                                mailing.optionalString(u"region"),
                                                mailing.optionalString(u"postal_code"),
                                                mailing.string(u"country")};
    }
    if (!reader.ok())
        return std::nullopt;
    return profile;
}

std::optional<QList<PaymentCard>> PersonalData::cards() const
{
    return parseCards(m_billing->object());
}

std::optional<QList<PaymentCard>> PersonalData::parseCards(const QJsonObject &document)
{
    if (!document.value(QLatin1String("cards")).isArray())
        return std::nullopt;
    JsonReader reader(document);
    QList<PaymentCard> cards;
    for (JsonReader card : reader.objects(u"cards")) {
        cards.append(PaymentCard{
            card.string(u"brand"), card.string(u"last4"), int(card.integer(u"exp_month", 1, 12)),
            int(card.integer(u"exp_year", 2000, 2999)), card.string(u"holder_name")});
    }
    if (!reader.ok())
        return std::nullopt;
    return cards;
}

std::optional<ThirdPartyRecordPage> PersonalData::records() const
{
    return parseRecords(m_records->object());
}

std::optional<ThirdPartyRecordPage> PersonalData::parseRecords(const QJsonObject &document)
{
    JsonReader reader(document);
    ThirdPartyRecordPage page;
    for (JsonReader record : reader.objects(u"items")) {
        page.items.append(ThirdPartyRecord{record.string(u"received_at"), record.string(u"field"),
                                           record.string(u"value"), record.string(u"source")});
    }
    if (!reader.ok())
        return std::nullopt;
    // Older servers leave the total out: then the page is all there is.
    page.total = document.value(QLatin1String("total")).toInteger(page.items.size());
    return page;
}

} // namespace pd
