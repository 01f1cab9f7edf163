#include "account/Usage.h"

#include "cache/CachedDocument.h"
#include "common/JsonCount.h"

#include <QJsonArray>

namespace pd {

Usage::Usage(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_document(makeDocument(QStringLiteral("usage"), QStringLiteral("/usage")))
{}

UsageFigures Usage::figures() const
{
    return parse(m_document->object());
}

UsageFigures Usage::parse(const QJsonObject &document)
{
    const auto count = [](const QJsonObject &object, const char *key) {
        return jsonCount(object.value(QLatin1StringView(key)));
    };
    UsageFigures figures;
    figures.visits = count(document, "visits");
    figures.messages = count(document, "messages");
    figures.mediaFiles = count(document, "media_files");
    figures.mediaBytes = count(document, "media_bytes");
    figures.agents = count(document, "agents");
    figures.activeUsers = count(document, "active_users");
    for (const QJsonValue &value : document.value(QLatin1String("daily")).toArray()) {
        const QJsonObject day = value.toObject();
        figures.daily.append(
            {QDate::fromString(day.value(QLatin1String("date")).toString(), Qt::ISODate),
             count(day, "visits"), count(day, "messages")});
    }
    return figures;
}

} // namespace pd
