#include "widgets/ThirdPartyRecordsView.h"

#include "common/DisplayText.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainTextLabel.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

ThirdPartyRecordsView::ThirdPartyRecordsView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_fetched(new QStandardItemModel(0, 4, this))
    , m_message(new PlainTextLabel(QString(), tr("Data from third parties"), this))
{
    // The same column order as the synced model (ThirdPartyRecordsModel).
    m_fetched->setHorizontalHeaderLabels({tr("Received"), tr("Field"), tr("Value"), tr("Source")});
    m_view->setModel(m_fetched);
    m_view->setAccessibleName(tr("Data received from third parties"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_view);
    setMessage(tr("Loading…"));
}

void ThirdPartyRecordsView::useSyncedModel(QAbstractItemModel *model)
{
    m_synced = model;
    m_view->setModel(model);
    m_message->hide();
    m_view->show();
    m_view->resizeColumnsToContents();
}

void ThirdPartyRecordsView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_view->setVisible(m_synced != nullptr);
}

void ThirdPartyRecordsView::setRecords(const ThirdPartyRecordPage &page)
{
    if (m_synced)
        return; // the synced model is complete; a page of it adds nothing
    m_fetched->removeRows(0, m_fetched->rowCount());
    for (const ThirdPartyRecord &record : page.items) {
        auto *received = new QStandardItem;
        received->setData(FieldFormat::parseApiDateTime(record.receivedAt).toLocalTime(),
                          Qt::DisplayRole);
        m_fetched->appendRow({received, new QStandardItem(DisplayText::bounded(record.field)),
                              new QStandardItem(DisplayText::bounded(record.value)),
                              new QStandardItem(DisplayText::bounded(record.source))});
    }
    m_view->resizeColumnsToContents();
    const auto &items = page.items;
    const qint64 total = page.total;
    if (items.isEmpty()) {
        setMessage(tr("No data about you has been received from third parties."));
        return;
    }
    if (total > items.size()) {
        m_message->setText(
            tr("Showing the latest %1 of %2 records.")
                .arg(QLocale().toString(qint64(items.size())), QLocale().toString(total)));
        m_message->show();
    } else {
        m_message->hide();
    }
    m_view->show();
}

} // namespace pd
