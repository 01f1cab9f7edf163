#pragma once

#include "receipts/Receipt.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace pd {

class DetailPane;

// One signed receipt, field by field as plain text, with what its signature
// says and a way to save a copy (the .pdreceipt file and a readable .txt
// next to it) wherever the user wants, to hand to a regulator.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save; returns the chosen path (empty: cancelled).
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    // `verified`: its signature checked out with the key it names.
    ReceiptDialog(const Receipt &receipt, bool verified, QWidget *parent = nullptr);

    // Replaces the save dialog (tests).
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    DetailPane *fields() const { return m_fields; }
    QLabel *verification() const { return m_verification; }
    QPushButton *exportButton() const { return m_export; }
    // What the last export did, for users.
    QLabel *exportNote() const { return m_note; }

    // Asks where (with `chooser`, or a save dialog when it is empty) and
    // writes `receipt` there with its .txt; the message for users (empty
    // when the user cancelled).
    static QString exportReceipt(QWidget *parent, const Receipt &receipt,
                                 const FileChooser &chooser);
    // Writes `path` (the .pdreceipt file) and the same name ending in .txt;
    // false and *error when either cannot be written.
    static bool writeCopies(const Receipt &receipt, const QString &path, QString *error);

private:
    Receipt m_receipt;
    DetailPane *m_fields;
    QLabel *m_verification;
    QLabel *m_note;
    QPushButton *m_export;
    FileChooser m_chooser;
};

} // namespace pd
