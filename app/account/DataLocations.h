#pragma once

#include "account/AccountResource.h"

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
};

// Who may receive the data, and when.
struct Recipient {
    QString name;
    QString category;
    QString situation;
    QStringList dataCategories;
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
