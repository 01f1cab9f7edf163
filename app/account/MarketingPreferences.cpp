#include "account/MarketingPreferences.h"

#include "cache/CachedDocument.h"

#include <QJsonArray>

namespace pd {

MarketingPreferences::MarketingPreferences(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_document(makeDocument(QStringLiteral("marketing-preferences"),
                              QStringLiteral("/marketing-preferences")))
{}

std::optional<MarketingOptIns> MarketingPreferences::optIns() const
{
    return parse(m_document->object());
}

std::optional<MarketingOptIns> MarketingPreferences::parse(const QJsonObject &document)
{
    const QJsonValue channelsOn = document.value(QLatin1String("channels"));
    if (!channelsOn.isObject())
        return std::nullopt;
    MarketingOptIns optIns;
    for (const QString &channel : channels()) {
        if (channelsOn.toObject().value(channel).toBool())
            optIns.optedIn.append(channel);
    }
    return optIns;
}

QStringList MarketingPreferences::channels()
{
    return {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("whatsapp"),
            QStringLiteral("push")};
}

QJsonObject MarketingPreferences::unsubscribePayload(const QStringList &channels)
{
    return QJsonObject{{QStringLiteral("channels"), QJsonArray::fromStringList(channels)}};
}

} // namespace pd
