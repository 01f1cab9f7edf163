#pragma once

#include "receipts/ReceiptDialog.h"
#include "requests/RequestRecord.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pd {

class DetailPane;
class ReceiptService;
class RequestTimeline;

// The selected request: where it stands in plain words, its dates (received,
// expected by, each extension), why it was refused or cancelled, its history,
// and what can be done with it (cancel while it is open; download a
// completed export; show or export the signed receipt once it ended).
class RequestDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailPanel(QWidget *parent = nullptr);

    void setRecord(const RequestRecord &record);
    void clearRecord();
    void setBusy(bool busy);
    // Where the receipts of ended requests come from (not owned; may be
    // null: no receipt row).
    void setReceipts(ReceiptService *receipts);
    // Replaces the save dialog of "Export receipt" (tests).
    void setReceiptFileChooser(ReceiptDialog::FileChooser chooser);

    DetailPane *fields() const { return m_fields; }
    RequestTimeline *timeline() const { return m_timeline; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *downloadButton() const { return m_download; }
    QPushButton *showReceiptButton() const { return m_showReceipt; }
    QPushButton *exportReceiptButton() const { return m_exportReceipt; }
    // What the last receipt export did, for users.
    QLabel *receiptNote() const { return m_receiptNote; }
    // The receipt dialog shown last (null before one was).
    ReceiptDialog *receiptDialog() const { return m_receiptDialog; }

Q_SIGNALS:
    void cancelClicked();
    void downloadClicked();

private:
    void showFields();
    QString receiptState() const;
    void showReceipt();
    void exportReceipt();

    DetailPane *m_fields;
    RequestTimeline *m_timeline;
    QPushButton *m_cancel;
    QPushButton *m_download;
    QPushButton *m_showReceipt;
    QPushButton *m_exportReceipt;
    QLabel *m_receiptNote;
    QPointer<ReceiptService> m_receipts;
    QPointer<ReceiptDialog> m_receiptDialog;
    ReceiptDialog::FileChooser m_receiptChooser;
    std::optional<RequestRecord> m_record;
    bool m_busy = false;
    bool m_canCancel = false;
};

} // namespace pd
