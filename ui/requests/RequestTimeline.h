#pragma once

#include <QTreeWidget>

namespace pd {

struct RequestRecord;

// The history of one request, oldest first: when, which status (or that the
// expected date moved), and the server's message (plain text) with the
// reason of an extension or a denial and the user's reason for cancelling.
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
