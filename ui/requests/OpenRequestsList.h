#pragma once

#include <QTreeWidget>

namespace pd {

struct RequestRecord;

// The requests still open, soonest due first, with an "overdue" warning.
class OpenRequestsList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OpenRequestsList(QWidget *parent = nullptr);

    // Shows the open ones among `records`.
    void setRecords(const QList<RequestRecord> &records);
};

} // namespace pd
