#include "requests/OpenRequestsList.h"

#include "requests/RequestRecord.h"
#include "requests/RequestText.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainToolTip.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace pd {

OpenRequestsList::OpenRequestsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Open requests"));
    setColumnCount(3);
    setHeaderLabels({tr("Request"), tr("Status"), tr("Expected by")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    setColumnWidth(0, 26 * charWidth);
    setColumnWidth(1, 18 * charWidth);
}

void OpenRequestsList::setRecords(const QList<RequestRecord> &records)
{
    QList<RequestRecord> open;
    std::copy_if(records.cbegin(), records.cend(), std::back_inserter(open),
                 [](const RequestRecord &record) { return !record.isFinal(); });
    // Soonest due first; those not yet sent (no due date) last.
    std::stable_sort(open.begin(), open.end(), [](const RequestRecord &a, const RequestRecord &b) {
        const QDateTime aBy = a.answerExpectedBy();
        const QDateTime bBy = b.answerExpectedBy();
        if (aBy.isValid() != bBy.isValid())
            return aBy.isValid();
        return aBy < bBy;
    });
    clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RequestRecord &record : std::as_const(open)) {
        auto *item = new QTreeWidgetItem(QStringList{
            RequestText::type(record), RequestText::status(record), RequestText::due(record, now)});
        if (record.isOverdue(now)) {
            item->setIcon(2, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            // Spoken and shown on hover too, not only drawn.
            item->setData(2, Qt::AccessibleTextRole, RequestText::overdue(record));
            item->setToolTip(2, PlainToolTip::from(RequestText::overdue(record)));
        }
        addTopLevelItem(item);
    }
}

} // namespace pd
