#pragma once

#include "models/CacheTableModel.h"

namespace pd {

// Account activity log from the local cache (table `logs`), newest first.
class LogsModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        OccurredAt,
        Level,
        Event,
        Detail,
        IpAddress,
    };
    Q_ENUM(Column)

    explicit LogsModel(LocalStore *store, StartupGate *gate = nullptr, QObject *parent = nullptr);

    static CacheTableSpec tableSpec();
};

} // namespace pd
