#pragma once

#include "TablePage.h"

namespace pd {

// The messages exchanged with the provider's agents and bots on every
// channel (web chat, WhatsApp, email...).
class MessagesPage : public TablePage
{
    Q_OBJECT
public:
    explicit MessagesPage(AppServices *services, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("messages"); }

    QString title() const override;
    QString iconName() const override;
};

} // namespace pd
