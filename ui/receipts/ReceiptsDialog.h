#pragma once

#include <QDialog>

#include "receipts/Receipt.h"
#include "receipts/ReceiptDialog.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace pd {

class ReceiptStore;

// The receipts kept in the receipts folder, readable signed out and after
// the account was deleted: each can be shown and exported; the folder can
// be opened in the file manager.
class ReceiptsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiptsDialog(const ReceiptStore &store, QWidget *parent = nullptr);

    void setFileChooser(ReceiptDialog::FileChooser chooser) { m_chooser = std::move(chooser); }

    QListWidget *list() const { return m_list; }
    QPushButton *showButton() const { return m_show; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *note() const { return m_note; }
    // The dialog of the receipt shown last (null before one was shown).
    ReceiptDialog *receiptDialog() const { return m_dialog; }

    // Reads the folder again.
    void reload();
    void showSelected();
    void exportSelected();

private:
    const Receipt *selected() const;

    const ReceiptStore &m_store;
    QList<Receipt> m_receipts;
    QListWidget *m_list;
    QLabel *m_folder;
    QLabel *m_note;
    QPushButton *m_show;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    ReceiptDialog *m_dialog = nullptr;
    ReceiptDialog::FileChooser m_chooser;
};

} // namespace pd
