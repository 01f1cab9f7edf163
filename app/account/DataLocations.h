#pragma once

#include "account/AccountResource.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace pd {

// A region the account's data is stored in.
struct StorageRegion {
    QString id;
    QString name;
    QString country; // ISO 3166 code
    QString provider;
    bool primary = false; // the main server
};

// A vendor that processes the data, and the regions it works in (region ids).
struct Processor {
    QString name;
    QString purpose;
    QStringList regionIds;
    QStringList dataCategories; // empty when the server does not say
    QDate since;                // invalid when not recorded
};

// Who may receive the data, and when.
struct Recipient {
    QString name;
    QString category;
    QString situation;
    QStringList dataCategories;
    QString purpose;
    QStringList countries; // ISO 3166 codes; empty when not known in advance
    QDate since;           // invalid: never received any so far
};

// What an objection filed from a processor or recipient is about (the
// contract's ObjectionTarget).
struct ObjectionTarget {
    enum class Kind { Processor, Recipient };
    QString name;
    Kind kind = Kind::Processor;
    QString dataCategory;
    QString purpose;

    QJsonObject toJson() const;
    bool operator==(const ObjectionTarget &) const = default;
};

// One processor or recipient of one data category, for the "who else has my
// data" view.
struct DataHolder {
    ObjectionTarget::Kind kind = ObjectionTarget::Kind::Processor;
    QString name;
    QString purpose;
    QString situation;       // recipients: when they receive it
    QStringList regionNames; // processors: where they work
    QStringList countries;   // recipients: ISO 3166 codes
    QDate since;

    ObjectionTarget objectionTarget(const QString &category) const;
};

// A data category and everyone who receives it; `category` is empty for
// the processors and recipients the server names no category for.
struct DataCategoryHolders {
    QString category;
    QList<DataHolder> holders;
};

struct DataLocationsState {
    QList<StorageRegion> regions;
    QList<Processor> processors;
    bool onPremise = false;
    std::optional<QString> note;
    QList<Recipient> recipients;
    // The "we do not share, rent, sell" statement.
    QString sharingStatement;

    // The name of region `id` (the id itself when the list does not have it).
    QString regionName(const QString &id) const;
    // The processors and recipients grouped by the data categories they
    // receive (one holder may be in several groups): categories in
    // alphabetical order, the uncategorised last; in each, processors before
    // recipients, each by name.
    QList<DataCategoryHolders> byCategory() const;
};

// Where the account's data lives (GET /data-locations) and who may receive
// it (GET /sharing): two documents, read as one.
class DataLocations : public AccountResource
{
    Q_OBJECT
public:
    explicit DataLocations(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *locationsDocument() const { return m_locations; }
    CachedDocument *sharingDocument() const { return m_sharing; }
    // Both cached copies; nullopt when either cannot be read.
    std::optional<DataLocationsState> state() const;
    static std::optional<DataLocationsState> parse(const QJsonObject &locations,
                                                   const QJsonObject &sharing);

private:
    CachedDocument *m_locations;
    CachedDocument *m_sharing;
};

} // namespace pd
