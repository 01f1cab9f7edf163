#pragma once

#include "account/AccountResource.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pd {

// The first page of the records third parties sent about the user.
struct ThirdPartyRecordPage {
    QJsonArray items;
    qint64 total = 0; // all records, of which `items` is the first page
};

// What the account holds about the user: the profile (GET /profile), the
// payment cards (GET /billing) and the first page of the records third
// parties sent (GET /third-party-records; the full set is synced).
class PersonalData : public AccountResource
{
    Q_OBJECT
public:
    explicit PersonalData(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *profileDocument() const { return m_profile; }
    CachedDocument *billingDocument() const { return m_billing; }
    CachedDocument *recordsDocument() const { return m_records; }

    QJsonObject profile() const;
    // The cached cards; nullopt when the copy cannot be read.
    std::optional<QJsonArray> cards() const;
    ThirdPartyRecordPage records() const;

private:
    CachedDocument *m_profile;
    CachedDocument *m_billing;
    CachedDocument *m_records;
};

} // namespace pd
