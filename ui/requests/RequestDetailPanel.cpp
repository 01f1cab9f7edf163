#include "requests/RequestDetailPanel.h"

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
{
    m_fields->setPlaceholder(tr("Select a request to see its progress."));
    m_cancel->setAccessibleName(tr("Cancel request"));
    m_download->setAccessibleName(tr("Download archive"));
    m_cancel->setEnabled(false);
    m_download->setEnabled(false);
    m_download->hide();

    auto *historyLabel = new QLabel(tr("Status &history:"), this);
    historyLabel->setBuddy(m_timeline);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_download);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_fields, 1);
    layout->addWidget(historyLabel);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &RequestDetailPanel::cancelClicked);
    connect(m_download, &QPushButton::clicked, this, &RequestDetailPanel::downloadClicked);
}

void RequestDetailPanel::setRecord(const RequestRecord &record)
{
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
}

void RequestDetailPanel::clearRecord()
{
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
