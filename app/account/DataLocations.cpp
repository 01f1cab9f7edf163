#include "account/DataLocations.h"

#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace pd {

QString DataLocationsState::regionName(const QString &id) const
{
    for (const StorageRegion &region : regions) {
        if (region.id == id)
            return region.name;
    }
    return id;
}

QJsonObject ObjectionTarget::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"),
             kind == Kind::Processor ? QStringLiteral("processor") : QStringLiteral("recipient")},
            {QStringLiteral("data_category"), dataCategory},
            {QStringLiteral("purpose"), purpose}};
}

ObjectionTarget DataHolder::objectionTarget(const QString &category) const
{
    return {name, kind, category, purpose};
}

QList<DataCategoryHolders> DataLocationsState::byCategory() const
{
    // Case-insensitive order of the categories; the empty one (none stated)
    // sorts last.
    const auto before = [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    };
    std::map<QString, QList<DataHolder>, decltype(before)> groups(before);
    const auto addTo = [&groups](QStringList categories, const DataHolder &holder) {
        categories.removeDuplicates();
        if (categories.isEmpty())
            categories.append(QString());
        for (const QString &category : categories)
            groups[category].append(holder);
    };
    for (const Processor &processor : processors) {
        DataHolder holder{ObjectionTarget::Kind::Processor,
                          processor.name,
                          processor.purpose,
                          {},
                          {},
                          {},
                          processor.since};
        for (const QString &id : processor.regionIds)
            holder.regionNames.append(regionName(id));
        addTo(processor.dataCategories, holder);
    }
    for (const Recipient &recipient : recipients) {
        addTo(recipient.dataCategories, DataHolder{ObjectionTarget::Kind::Recipient,
                                                   recipient.name,
                                                   recipient.purpose,
                                                   recipient.situation,
                                                   {},
                                                   recipient.countries,
                                                   recipient.since});
    }
    QList<DataCategoryHolders> result;
    for (auto &[category, holders] : groups) {
        std::stable_sort(holders.begin(), holders.end(),
                         [](const DataHolder &a, const DataHolder &b) {
                             if (a.kind != b.kind)
                                 return a.kind == ObjectionTarget::Kind::Processor;
                             return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                         });
        result.append({category, holders});
    }
    return result;
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

namespace {

// Members a server from before issue 15 (or a copy cached from one) does
// not send: absent is empty, a wrong type is still an error.
QStringList optionalStrings(JsonReader &reader, QStringView key)
{
    return reader.json().contains(key) ? reader.strings(key) : QStringList();
}

// A calendar date, or null/absent (an invalid QDate).
QDate optionalDate(JsonReader &reader, QStringView key)
{
    const std::optional<QString> text = reader.optionalString(key);
    if (!text)
        return {};
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid())
        reader.fail(key, QStringLiteral("is not a date (YYYY-MM-DD)"));
    return date;
}

} // namespace

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
        state.processors.append(Processor{
            processor.string(u"name"), processor.string(u"purpose"), processor.strings(u"regions"),
            optionalStrings(processor, u"data_categories"), optionalDate(processor, u"since")});
    }
    state.onPremise = reader.boolean(u"on_premise");
    state.note = reader.optionalString(u"note");

    JsonReader shared(sharing);
    for (JsonReader recipient : shared.objects(u"recipients")) {
        Recipient read{recipient.string(u"name"),
                       recipient.string(u"category"),
                       recipient.string(u"situation"),
                       recipient.strings(u"data_categories"),
                       recipient.optionalString(u"purpose").value_or(QString()),
                       optionalStrings(recipient, u"countries"),
                       optionalDate(recipient, u"since")};
        // A server from before the purpose says it in the situation.
        if (read.purpose.isEmpty())
            read.purpose = read.situation;
        state.recipients.append(read);
    }
    state.sharingStatement = shared.string(u"statement");
    if (!reader.ok() || !shared.ok())
        return std::nullopt;
    return state;
}

} // namespace pd
