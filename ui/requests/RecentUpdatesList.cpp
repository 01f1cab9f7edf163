#include "requests/RecentUpdatesList.h"

#include "requests/RequestNotifier.h"
#include "widgets/ValueLabels.h"

#include <QLocale>

namespace pd {

RecentUpdatesList::RecentUpdatesList(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Recent updates to your requests"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setUpdates({});
}

QString RecentUpdatesList::entryText(const RequestUpdate &update)
{
    //: An entry of the activity feed: %1 when (a date and time), %2 the kind
    //: of request ("Data export"), %3 a sentence about its new status.
    return tr("%1 — %2: %3")
        .arg(QLocale().toString(update.at.toLocalTime(), QLocale::ShortFormat),
             ValueLabels::requestType(update.type), RequestNotifier::statusSentence(update.status));
}

void RecentUpdatesList::setUpdates(const QList<RequestUpdate> &feed)
{
    clear();
    m_empty = feed.isEmpty();
    if (m_empty) {
        auto *item = new QListWidgetItem(
            tr("No news yet. When a request moves on, it is listed here and your desktop "
               "tells you."),
            this);
        item->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const RequestUpdate &update : feed.mid(0, kShown)) {
        auto *item = new QListWidgetItem(entryText(update), this);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, update.requestId);
    }
}

} // namespace pd
