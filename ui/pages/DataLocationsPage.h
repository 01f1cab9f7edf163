#pragma once

#include "pages/DocumentPage.h"

namespace pd {

class AppServices;
class DataLocations;
class PlainTextLabel;
class ReadOnlyTable;

// Where the account's data lives and who may receive it: storage regions
// (the main one marked), the processors (AWS, GCP, ...) and where they
// work; the recipients and the situations they receive data in, and the
// "we do not share, rent, sell" statement; the on-premise note (all from
// DataLocations).
class DataLocationsPage : public DocumentPage
{
    Q_OBJECT
public:
    explicit DataLocationsPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("data-locations"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }

    ReadOnlyTable *regionsTable() const { return m_regions; }
    ReadOnlyTable *processorsTable() const { return m_processors; }
    ReadOnlyTable *recipientsTable() const { return m_recipients; }
    PlainTextLabel *statementLabel() const { return m_statement; }
    PlainTextLabel *noteLabel() const { return m_note; }

private:
    void draw() override;

    DataLocations *m_data;
    ReadOnlyTable *m_regions;
    ReadOnlyTable *m_processors;
    PlainTextLabel *m_onPremise;
    PlainTextLabel *m_note;
    ReadOnlyTable *m_recipients;
    PlainTextLabel *m_statement;
};

} // namespace pd
