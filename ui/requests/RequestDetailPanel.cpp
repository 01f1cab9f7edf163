#include "requests/RequestDetailPanel.h"

#include "receipts/ReceiptService.h"
#include "requests/RequestRecord.h"
#include "requests/RequestText.h"
#include "requests/RequestTimeline.h"
#include "widgets/DetailPane.h"
#include "widgets/FieldFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

RequestDetailPanel::RequestDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_fields(new DetailPane(this))
    , m_timeline(new RequestTimeline(this))
    , m_cancel(new QPushButton(tr("&Cancel request…"), this))
    , m_download(new QPushButton(tr("&Download archive…"), this))
    , m_showReceipt(new QPushButton(tr("Sh&ow receipt"), this))
    , m_exportReceipt(new QPushButton(tr("E&xport receipt…"), this))
    , m_receiptNote(new QLabel(this))
{
    m_fields->setPlaceholder(tr("Select a request to see its progress."));
    m_cancel->setAccessibleName(tr("Cancel request"));
    m_download->setAccessibleName(tr("Download archive"));
    m_cancel->setEnabled(false);
    m_download->setEnabled(false);
    m_download->hide();
    m_showReceipt->setObjectName(QStringLiteral("showReceiptButton"));
    m_showReceipt->setAccessibleName(tr("Show receipt"));
    m_showReceipt->setAccessibleDescription(
        tr("Shows the provider's signed receipt for this request."));
    m_exportReceipt->setObjectName(QStringLiteral("exportReceiptButton"));
    m_exportReceipt->setAccessibleName(tr("Export receipt"));
    m_exportReceipt->setAccessibleDescription(
        tr("Saves a copy of the receipt and a readable text version where you choose."));
    m_showReceipt->hide();
    m_exportReceipt->hide();
    m_receiptNote->setObjectName(QStringLiteral("receiptNote"));
    m_receiptNote->setTextFormat(Qt::PlainText);
    m_receiptNote->setWordWrap(true);
    m_receiptNote->hide();

    auto *historyLabel = new QLabel(tr("Status &history:"), this);
    historyLabel->setBuddy(m_timeline);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_showReceipt);
    buttons->addWidget(m_exportReceipt);
    buttons->addWidget(m_download);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_fields, 1);
    layout->addWidget(historyLabel);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_receiptNote);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &RequestDetailPanel::cancelClicked);
    connect(m_download, &QPushButton::clicked, this, &RequestDetailPanel::downloadClicked);
    connect(m_showReceipt, &QPushButton::clicked, this, &RequestDetailPanel::showReceipt);
    connect(m_exportReceipt, &QPushButton::clicked, this, &RequestDetailPanel::exportReceipt);
}

void RequestDetailPanel::setReceipts(ReceiptService *receipts)
{
    if (m_receipts)
        m_receipts->disconnect(this);
    m_receipts = receipts;
    if (receipts) {
        connect(receipts, &ReceiptService::statusChanged, this, [this](const QString &requestId) {
            if (m_record && m_record->id == requestId)
                showFields();
        });
    }
}

void RequestDetailPanel::setReceiptFileChooser(ReceiptDialog::FileChooser chooser)
{
    m_receiptChooser = std::move(chooser);
}

QString RequestDetailPanel::receiptState() const
{
    const ReceiptService::Status status = m_receipts->status(m_record->id);
    switch (status.state) {
    case ReceiptService::State::None:
        return tr("None from this provider");
    case ReceiptService::State::Fetching:
        return tr("Being fetched…");
    case ReceiptService::State::Verified:
        return tr("Verified");
    case ReceiptService::State::NotVerified:
        return tr("Not verified: %1").arg(status.message);
    case ReceiptService::State::Failed:
        return status.message;
    }
    return {};
}

void RequestDetailPanel::showReceipt()
{
    if (!m_receipts || !m_record)
        return;
    const ReceiptService::Status status = m_receipts->status(m_record->id);
    if (!status.receipt)
        return;
    if (m_receiptDialog)
        m_receiptDialog->deleteLater();
    m_receiptDialog = new ReceiptDialog(*status.receipt, true, this);
    m_receiptDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_receiptDialog->setFileChooser(m_receiptChooser);
    m_receiptDialog->open();
}

void RequestDetailPanel::exportReceipt()
{
    if (!m_receipts || !m_record)
        return;
    const ReceiptService::Status status = m_receipts->status(m_record->id);
    if (!status.receipt)
        return;
    const QString message = ReceiptDialog::exportReceipt(this, *status.receipt, m_receiptChooser);
    m_receiptNote->setText(message);
    m_receiptNote->setVisible(!message.isEmpty());
}

void RequestDetailPanel::setRecord(const RequestRecord &record)
{
    if (!m_record || m_record->key() != record.key())
        m_receiptNote->hide();
    m_record = record;
    showFields();
}

void RequestDetailPanel::showFields()
{
    const RequestRecord &record = *m_record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool atServer = !record.waiting && !record.refused;
    QList<DetailPane::Field> fields{
        {tr("Request"), RequestText::type(record)},
        {tr("Status"), RequestText::status(record)},
        {tr("Where it stands"), RequestText::statusSummary(record)},
        // Until the server has it, a request was only made, not received.
        {atServer ? tr("Received") : tr("Made"),
         FieldFormat::dateTime(record.createdAt, QLocale::LongFormat)},
    };
    if (atServer) {
        fields.append({tr("Expected by"), RequestText::due(record, now)});
        if (record.wasExtended()) {
            fields.append({tr("Extended"), RequestText::extensions(record)});
            if (record.dueAt.isValid())
                fields.append(
                    {tr("Legal deadline"), FieldFormat::date(record.dueAt.toLocalTime().date())});
        }
        if (record.denial)
            fields.append({tr("Refused because"), RequestText::denial(record)});
        if (record.cancellation)
            fields.append({tr("Cancelled"), RequestText::cancellation(record)});
        fields.append(
            {tr("Last change"), FieldFormat::dateTime(record.updatedAt, QLocale::LongFormat)});
        fields.append({tr("Reference"), record.id});
    }
    const bool receiptShown = m_receipts && atServer && record.isFinal();
    const bool verified =
        receiptShown && m_receipts->status(record.id).state == ReceiptService::State::Verified;
    if (receiptShown)
        fields.append({tr("Receipt"), receiptState()});
    if (record.refused && !record.refusal.isEmpty())
        fields.append({tr("Why"), record.refusal});
    const QString asked = RequestText::payloadSummary(record);
    if (!asked.isEmpty())
        fields.append({tr("Details"), asked});
    const std::optional<ExportResult> archive = record.exportResult();
    if (archive) {
        fields.append({tr("Archive size"), QLocale().formattedDataSize(archive->sizeBytes)});
        if (archive->expiresAt.isValid())
            fields.append({tr("Available until"),
                           FieldFormat::dateTime(archive->expiresAt, QLocale::LongFormat)});
    }
    m_fields->setFields(fields);
    m_timeline->setRecord(record);
    m_canCancel = record.canCancel();
    m_cancel->setEnabled(m_canCancel && !m_busy);
    m_download->setVisible(archive.has_value());
    m_download->setEnabled(archive.has_value());
    m_showReceipt->setVisible(verified);
    m_exportReceipt->setVisible(verified);
}

void RequestDetailPanel::clearRecord()
{
    m_record.reset();
    m_showReceipt->hide();
    m_exportReceipt->hide();
    m_receiptNote->hide();
    m_fields->clear();
    m_timeline->clearRecord();
    m_canCancel = false;
    m_cancel->setEnabled(false);
    m_download->hide();
}

void RequestDetailPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_cancel->setEnabled(m_canCancel && !m_busy);
}

} // namespace pd
