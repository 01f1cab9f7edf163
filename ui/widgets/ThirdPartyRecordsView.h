#pragma once

#include "account/PersonalData.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QStandardItemModel;
class QTableView;

namespace pd {

class PlainTextLabel;

// Data received about the account holder from third parties (field, value,
// source, when received): from the synced cache model when the sync has
// filled it, else from a page of GET /third-party-records.
class ThirdPartyRecordsView : public QWidget
{
    Q_OBJECT
public:
    explicit ThirdPartyRecordsView(QWidget *parent = nullptr);

    // Shows the synced model (not owned).
    void useSyncedModel(QAbstractItemModel *model);
    bool showsSyncedModel() const { return m_synced != nullptr; }
    // Shows `items` of one page of GET /third-party-records; `total` is the
    // number of records on the server. false when an item cannot be read.
    void setRecords(const ThirdPartyRecordPage &page);
    void setMessage(const QString &message);
    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
    QStandardItemModel *m_fetched;
    QPointer<QAbstractItemModel> m_synced;
    PlainTextLabel *m_message;
};

} // namespace pd
