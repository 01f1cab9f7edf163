#pragma once

#include "requests/RequestUpdate.h"

#include <QListWidget>

namespace pd {

// The activity feed: the newest status changes of the user's requests, each
// with when it happened (in the user's locale), the kind of request and what
// the new status means. Plain text only.
class RecentUpdatesList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int kShown = 10;

    explicit RecentUpdatesList(QWidget *parent = nullptr);

    // Shows the first kShown of `feed` (newest first), or that there is none.
    void setUpdates(const QList<RequestUpdate> &feed);
    // How one entry reads.
    static QString entryText(const RequestUpdate &update);
    bool isEmptyState() const { return m_empty; }

private:
    bool m_empty = true;
};

} // namespace pd
