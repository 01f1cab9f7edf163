#include "account/Cookies.h"

#include "account/ServerAction.h"
#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

Cookies::Cookies(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_document(makeDocument(QStringLiteral("cookies"), QStringLiteral("/cookies")))
{}

std::optional<QList<Cookie>> Cookies::list() const
{
    return parse(m_document->object());
}

std::optional<QList<Cookie>> Cookies::parse(const QJsonObject &document)
{
    if (!document.value(QLatin1String("items")).isArray())
        return std::nullopt;
    // Lenient per field, as the list always was: a cookie the server
    // describes in less detail is still shown and can still be turned off.
    QList<Cookie> cookies;
    for (const QJsonValue &value : document.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        const auto text = [&item](const char *key) {
            return item.value(QLatin1String(key)).toString();
        };
        cookies.append(Cookie{text("id"), text("name"), text("category"), text("purpose"),
                              text("domain"), text("identifier"), text("first_set_at"),
                              text("expires_at"), item.value(QLatin1String("required")).toBool(),
                              item.value(QLatin1String("consent")).toBool()});
    }
    return cookies;
}

ServerAction *Cookies::setConsent(const QString &id, bool granted)
{
    ServerAction *job = send(
        ApiRequest::put(QStringLiteral("/cookies/") + pathSegment(id) + QStringLiteral("/consent"),
                        QJsonDocument(QJsonObject{{QStringLiteral("granted"), granted}})));
    if (!job)
        return nullptr;
    connect(job, &ServerAction::finished, this, [this, id](const ApiResult &result) {
        if (result.ok())
            storeChanged(id, result.json.object());
    });
    return job;
}

void Cookies::storeChanged(const QString &id, const QJsonObject &changed)
{
    QJsonObject document = m_document->object();
    QJsonArray items = document.value(QLatin1String("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).toObject().value(QLatin1String("id")).toString() == id)
            items[i] = changed.isEmpty() ? items.at(i) : changed;
    }
    document.insert(QStringLiteral("items"), items);
    m_document->store(QJsonDocument(document));
}

} // namespace pd
