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

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("messages"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
};

} // namespace pd
