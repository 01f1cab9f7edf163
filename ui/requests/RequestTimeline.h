#pragma once

#include <QTreeWidget>

namespace pd {

struct RequestRecord;

// The status history of one request, oldest first: when, which status, and
// the server's message (plain text).
class RequestTimeline : public QTreeWidget
{
    Q_OBJECT
public:
    explicit RequestTimeline(QWidget *parent = nullptr);

    void setRecord(const RequestRecord &record);
    void clearRecord();
    // The entries as "time — status — message" lines.
    QStringList entries() const;
};

} // namespace pd
