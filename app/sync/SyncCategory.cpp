#include "sync/SyncCategory.h"

namespace pd {

namespace {

using T = SyncColumn::Type;

} // namespace

const QList<SyncCategory> &SyncCategory::all()
{
    static const QList<SyncCategory> categories = {
        {QStringLiteral("visits"),
         QStringLiteral("visits"),
         1,
         {{"id", "id"},
          {"started_at", "started_at"},
          {"duration_seconds", "duration_seconds", T::Integer},
          {"ip_address", "ip_address"},
          {"location.city", "city"},
          {"location.region", "region"},
          {"location.country", "country"},
          {"browser", "browser"},
          {"browser_version", "browser_version"},
          {"device_type", "device_type"},
          {"language", "language"},
          {"page_title", "page_title"},
          {"page_url", "page_url"},
          {"referrer", "referrer"},
          {"next_site", "next_site"}}},
        {QStringLiteral("messages"),
         QStringLiteral("messages"),
         1,
         {{"id", "id"},
          {"sent_at", "sent_at"},
          {"channel", "channel"},
          {"direction", "direction"},
          {"counterpart", "counterpart"},
          {"body", "body"}}},
        {QStringLiteral("logs"),
         QStringLiteral("logs"),
         1,
         {{"id", "id"},
          {"occurred_at", "occurred_at"},
          {"level", "level"},
          {"event", "event"},
          {"detail", "detail"},
          {"ip_address", "ip_address"}}},
        {QStringLiteral("third_party_records"),
         QStringLiteral("third-party-records"),
         4,
         {{"id", "id"},
          {"field", "field"},
          {"value", "value"},
          {"source", "source"},
          {"received_at", "received_at"}}},
    };
    return categories;
}

const SyncCategory *SyncCategory::byName(const QString &name)
{
    for (const SyncCategory &category : all()) {
        if (category.name == name)
            return &category;
    }
    return nullptr;
}

} // namespace pd
