#pragma once

#include <QWidget>

class QPushButton;

namespace pd {

class DetailPane;
class RequestTimeline;
struct RequestRecord;

// The selected request: where it stands in plain words, its dates (received,
// expected by, each extension), why it was refused or cancelled, its history,
// and what can be done with it (cancel while it is open; download a
// completed export).
class RequestDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailPanel(QWidget *parent = nullptr);

    void setRecord(const RequestRecord &record);
    void clearRecord();
    void setBusy(bool busy);

    DetailPane *fields() const { return m_fields; }
    RequestTimeline *timeline() const { return m_timeline; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *downloadButton() const { return m_download; }

Q_SIGNALS:
    void cancelClicked();
    void downloadClicked();

private:
    DetailPane *m_fields;
    RequestTimeline *m_timeline;
    QPushButton *m_cancel;
    QPushButton *m_download;
    bool m_busy = false;
    bool m_canCancel = false;
};

} // namespace pd
