#pragma once

#include "models/CacheTableModel.h"

namespace pd {

// Conversation messages from the local cache (table `messages`), newest first.
class MessagesModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        SentAt,
        Channel,
        Direction,
        Counterpart,
        Body,
    };
    Q_ENUM(Column)

    explicit MessagesModel(LocalStore *store, StartupGate *gate = nullptr,
                           QObject *parent = nullptr);

    static CacheTableSpec tableSpec();
};

} // namespace pd
