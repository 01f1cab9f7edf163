#include "receipts/ReceiptsDialog.h"

#include "dialogs/GrowToFit.h"
#include "receipts/ReceiptStore.h"
#include "receipts/ReceiptText.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pd {

ReceiptsDialog::ReceiptsDialog(const ReceiptStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_folder(new QLabel(this))
    , m_note(new QLabel(this))
    , m_show(new QPushButton(tr("&Show Receipt"), this))
    , m_export(new QPushButton(tr("&Export Receipt…"), this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
{
    setObjectName(QStringLiteral("receiptsDialog"));
    setWindowTitle(tr("Receipts — Privacy Dashboard"));
    setAccessibleName(tr("Receipts"));
    GrowToFit::install(this);

    auto *intro = new QLabel(tr("Signed receipts of your requests, kept on this computer. They "
                                "stay after you sign out and after your account is deleted."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("receiptsNote"));
    auto *listLabel = new QLabel(tr("&Receipts:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("receiptsList"));
    m_list->setAccessibleName(tr("Receipts"));
    m_show->setObjectName(QStringLiteral("showReceiptButton"));
    m_show->setAccessibleName(tr("Show receipt"));
    m_export->setObjectName(QStringLiteral("exportReceiptButton"));
    m_export->setAccessibleName(tr("Export receipt"));
    m_openFolder->setAccessibleName(tr("Open the receipts folder"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, &ReceiptsDialog::showSelected);
    connect(m_export, &QPushButton::clicked, this, &ReceiptsDialog::exportSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ReceiptsDialog::showSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_show->setEnabled(selected());
        m_export->setEnabled(selected());
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_store.folder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_store.folder()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(intro);
    layout->addWidget(m_folder);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    reload();
}

void ReceiptsDialog::reload()
{
    m_receipts = m_store.all();
    m_list->clear();
    for (const Receipt &receipt : std::as_const(m_receipts)) {
        QString line = ReceiptText::summary(receipt);
        if (!receipt.isSignatureValid())
            line = tr("%1 (not verified)").arg(line);
        m_list->addItem(line);
    }
    m_folder->setText(tr("Folder: %1").arg(QDir::toNativeSeparators(m_store.folder())));
    m_note->setText(m_receipts.isEmpty() ? tr("No receipts are kept yet. A receipt is kept when "
                                              "a request you made ends.")
                                         : QString());
    m_note->setVisible(m_receipts.isEmpty());
    if (!m_receipts.isEmpty())
        m_list->setCurrentRow(0);
    m_show->setEnabled(selected());
    m_export->setEnabled(selected());
}

const Receipt *ReceiptsDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_receipts.size() ? &m_receipts.at(row) : nullptr;
}

void ReceiptsDialog::showSelected()
{
    const Receipt *receipt = selected();
    if (!receipt)
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new ReceiptDialog(*receipt, receipt->isSignatureValid(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setFileChooser(m_chooser);
    connect(m_dialog, &QObject::destroyed, this, [this, dialog = m_dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    m_dialog->open();
}

void ReceiptsDialog::exportSelected()
{
    const Receipt *receipt = selected();
    if (!receipt)
        return;
    const QString message = ReceiptDialog::exportReceipt(this, *receipt, m_chooser);
    m_note->setText(message);
    m_note->setVisible(!message.isEmpty());
}

} // namespace pd
