#pragma once

#include "pages/DocumentPage.h"

#include "account/DataLocations.h"

class QAction;
class QPushButton;

namespace pd {

class AppServices;
class DataHoldersTree;
class DataLocations;
class PlainTextLabel;
class ReadOnlyTable;

// Where the account's data lives and who else has it: storage regions (the
// main one marked) and the on-premise note; then, per data category, the
// processors (AWS, GCP, ...) and recipients that receive it, what for,
// where and since when, with an objection to any of them one click away;
// and the "we do not share, rent, sell" statement (all from DataLocations).
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
    DataHoldersTree *holdersTree() const { return m_holders; }
    // Objects to the current row's use of the data (also in the row's
    // context menu); enabled on a processor or recipient row.
    QPushButton *objectButton() const { return m_object; }
    PlainTextLabel *holderDetailLabel() const { return m_holderDetail; }
    PlainTextLabel *statementLabel() const { return m_statement; }
    PlainTextLabel *noteLabel() const { return m_note; }

    // As if "Object to this…" was chosen on the current row.
    void objectToCurrent();

Q_SIGNALS:
    // The user wants to object to `target` (RequestFlows::objectTo files it).
    void objectionRequested(const pd::ObjectionTarget &target);

private:
    void draw() override;
    void updateHolderActions();

    DataLocations *m_data;
    ReadOnlyTable *m_regions;
    PlainTextLabel *m_onPremise;
    PlainTextLabel *m_note;
    DataHoldersTree *m_holders;
    PlainTextLabel *m_holderDetail;
    QPushButton *m_object;
    QAction *m_objectAction;
    PlainTextLabel *m_statement;
};

} // namespace pd
