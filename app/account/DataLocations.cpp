#include "account/DataLocations.h"

#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

QString DataLocationsState::regionName(const QString &id) const
{
    for (const StorageRegion &region : regions) {
        if (region.id == id)
            return region.name;
    }
    return id;
}

DataLocations::DataLocations(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    , m_locations(makeDocument(QStringLiteral("data-locations"), QStringLiteral("/data-locations")))
    , m_sharing(makeDocument(QStringLiteral("sharing"), QStringLiteral("/sharing")))
{}

std::optional<DataLocationsState> DataLocations::state() const
{
    return parse(m_locations->object(), m_sharing->object());
}

std::optional<DataLocationsState> DataLocations::parse(const QJsonObject &locations,
                                                       const QJsonObject &sharing)
{
    DataLocationsState state;
    JsonReader reader(locations);
    for (JsonReader region : reader.objects(u"regions")) {
        state.regions.append(StorageRegion{region.string(u"id"), region.string(u"name"),
                                           region.string(u"country"), region.string(u"provider"),
                                           region.boolean(u"primary")});
    }
    for (JsonReader processor : reader.objects(u"processors")) {
        state.processors.append(Processor{processor.string(u"name"), processor.string(u"purpose"),
                                          processor.strings(u"regions")});
    }
    state.onPremise = reader.boolean(u"on_premise");
    state.note = reader.optionalString(u"note");

    JsonReader shared(sharing);
    for (JsonReader recipient : shared.objects(u"recipients")) {
        state.recipients.append(Recipient{recipient.string(u"name"), recipient.string(u"category"),
                                          recipient.string(u"situation"),
                                          recipient.strings(u"data_categories")});
    }
    state.sharingStatement = shared.string(u"statement");
    if (!reader.ok() || !shared.ok())
        return std::nullopt;
    return state;
}

} // namespace pd
