#include "requests/RequestTimeline.h"

#include "common/DisplayText.h"
#include "requests/RequestRecord.h"
#include "requests/RequestText.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainToolTip.h"
#include "widgets/ValueLabels.h"

#include <QHeaderView>

namespace pd {

RequestTimeline::RequestTimeline(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Status history"));
    setColumnCount(3);
    setHeaderLabels({tr("When"), tr("Status"), tr("Message")});
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = fontMetrics().averageCharWidth();
    setColumnWidth(0, 18 * charWidth);
    setColumnWidth(1, 12 * charWidth);
}

void RequestTimeline::setRecord(const RequestRecord &record)
{
    clear();
    QList<QTreeWidgetItem *> items;
    if (record.waiting || record.refused) {
        items << new QTreeWidgetItem(
            QStringList{FieldFormat::dateTime(record.createdAt), RequestText::status(record),
                        record.refused ? DisplayText::paragraph(record.refusal) : QString()});
    }
    for (const RequestRecord::Step &step : record.history) {
        QString what = ValueLabels::requestStatus(step.status);
        // The server's words, bounded: a 1 MB message laid out in a row of
        // the panel froze it, and its control characters went through as
        // they came.
        QString message = DisplayText::paragraph(step.message);
        if (step.extension) {
            what = tr("Date moved");
            const QString moved =
                tr("Now expected by %1: %2.")
                    .arg(FieldFormat::date(step.expectedBy.toLocalTime().date()),
                         RequestText::extensionReason(extensionReasonFromCode(step.reasonCode)));
            message = message.isEmpty() ? moved : moved + u' ' + message;
        } else if (step.status == QLatin1String("rejected") && !step.reasonCode.isEmpty()) {
            const QString reason = RequestText::denialReason(denialReasonFromCode(step.reasonCode));
            message = message.isEmpty() ? reason : tr("%1: %2").arg(reason, message);
        } else if (step.status == QLatin1String("cancelled") && record.cancellation &&
                   !record.cancellation->reason.isEmpty()) {
            const QString reason =
                tr("Your reason: %1").arg(DisplayText::paragraph(record.cancellation->reason));
            message = message.isEmpty() ? reason : message + u' ' + reason;
        }
        items << new QTreeWidgetItem(QStringList{FieldFormat::dateTime(step.at), what, message});
    }
    for (QTreeWidgetItem *item : std::as_const(items)) {
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, PlainToolTip::from(item->text(column)));
    }
    addTopLevelItems(items);
    // A handful of rows: measuring them is cheap.
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

void RequestTimeline::clearRecord()
{
    clear();
}

QStringList RequestTimeline::entries() const
{
    QStringList lines;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        lines << tr("%1 — %2 — %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

} // namespace pd
