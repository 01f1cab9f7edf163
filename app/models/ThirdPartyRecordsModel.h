#pragma once

#include "models/CacheTableModel.h"

namespace pd {

// Data received from third parties from the local cache (table `third_party_records`), newest
// first.
class ThirdPartyRecordsModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReceivedAt,
        Field,
        Value,
        Source,
    };
    Q_ENUM(Column)

    explicit ThirdPartyRecordsModel(LocalStore *store, StartupGate *gate = nullptr,
                                    QObject *parent = nullptr);

    static CacheTableSpec tableSpec();
};

} // namespace pd
