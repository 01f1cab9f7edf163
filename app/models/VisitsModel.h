#pragma once

#include "models/CacheTableModel.h"

namespace pd {

// Website visits from the local cache (table `visits`), newest first.
class VisitsModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedAt,
        Duration,
        PageTitle,
        PageUrl,
        Browser,
        BrowserVersion,
        DeviceType,
        City,
        Region,
        Country,
        Language,
        IpAddress,
        Referrer,
        NextSite,
    };
    Q_ENUM(Column)

    explicit VisitsModel(LocalStore *store, StartupGate *gate = nullptr, QObject *parent = nullptr);

    static CacheTableSpec tableSpec();
};

} // namespace pd
