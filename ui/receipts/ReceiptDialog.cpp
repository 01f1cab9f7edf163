#include "receipts/ReceiptDialog.h"

#include "dialogs/GrowToFit.h"
#include "receipts/ReceiptStore.h"
#include "receipts/ReceiptText.h"
#include "widgets/DetailPane.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd {

ReceiptDialog::ReceiptDialog(const Receipt &receipt, bool verified, QWidget *parent)
    : QDialog(parent)
    , m_receipt(receipt)
    , m_fields(new DetailPane(this))
    , m_verification(new QLabel(this))
    , m_note(new QLabel(this))
    , m_export(new QPushButton(tr("&Export Receipt…"), this))
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Receipt — Privacy Dashboard"));
    setAccessibleName(tr("Receipt"));
    GrowToFit::install(this);

    m_verification->setObjectName(QStringLiteral("receiptVerification"));
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setWordWrap(true);
    m_verification->setText(
        verified ? tr("Verified: the provider's signature matches this receipt.")
                 : tr("Not verified: the signature does not match this receipt. Do not rely on "
                      "it."));
    m_fields->setFields(ReceiptText::fields(receipt));
    m_note->setObjectName(QStringLiteral("receiptExportNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();
    m_export->setObjectName(QStringLiteral("exportReceiptButton"));
    m_export->setAccessibleName(tr("Export receipt"));
    m_export->setAccessibleDescription(
        tr("Saves a copy of the receipt and a readable text version where you choose."));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString message = exportReceipt(this, m_receipt, m_chooser);
        m_note->setText(message);
        m_note->setVisible(!message.isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_verification);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QString ReceiptDialog::exportReceipt(QWidget *parent, const Receipt &receipt,
                                     const FileChooser &chooser)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(
        QFileInfo(ReceiptStore(documents).pathOf(receipt.requestId)).fileName());
    QString path = chooser ? chooser(parent, suggested)
                           : QFileDialog::getSaveFileName(parent, tr("Export Receipt"), suggested,
                                                          tr("Receipts (*.pdreceipt)"));
    if (path.isEmpty())
        return {};
    // The readable copy takes the name with .txt: the receipt must not be it.
    if (!path.endsWith(QLatin1String(ReceiptStore::kSuffix)))
        path += QLatin1String(ReceiptStore::kSuffix);
    QString error;
    if (!writeCopies(receipt, path, &error))
        return tr("The receipt could not be saved: %1").arg(error);
    return tr("Saved %1 and a readable copy next to it.").arg(QDir::toNativeSeparators(path));
}

bool ReceiptDialog::writeCopies(const Receipt &receipt, const QString &path, QString *error)
{
    if (!ReceiptStore::writeFile(receipt, path, error))
        return false;
    const QFileInfo info(path);
    QSaveFile text(info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt")));
    const QByteArray content = ReceiptText::document(receipt).toUtf8();
    if (!text.open(QIODevice::WriteOnly) || text.write(content) != content.size() ||
        !text.commit()) {
        *error = text.errorString();
        return false;
    }
    return true;
}

} // namespace pd
