#include "account/PersonalData.h"

#include "cache/CachedDocument.h"

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

QJsonObject PersonalData::profile() const
{
    return m_profile->object();
}

std::optional<QJsonArray> PersonalData::cards() const
{
    const QJsonValue cards = m_billing->object().value(QLatin1String("cards"));
    if (!cards.isArray())
        return std::nullopt;
    return cards.toArray();
}

ThirdPartyRecordPage PersonalData::records() const
{
    const QJsonObject page = m_records->object();
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    return {items, page.value(QLatin1String("total")).toInteger(items.size())};
}

} // namespace pd
