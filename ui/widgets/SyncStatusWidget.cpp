#include "widgets/SyncStatusWidget.h"

#include "sync/SyncWorker.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace pd {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel sync"), this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(QStringLiteral("syncProgressBar"));
    m_bar->setAccessibleName(tr("Sync progress"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setAccessibleName(tr("Cancel sync"));
    m_cancel->setToolTip(tr("Stop downloading; the next sync continues where this one stopped"));
    m_cancel->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &SyncStatusWidget::cancelRequested);
    reset();
}

void SyncStatusWidget::reset()
{
    m_bar->hide();
    m_cancel->hide();
    setText({});
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::setText(const QString &text)
{
    m_label->setText(text);
    m_label->setAccessibleName(text.isEmpty() ? tr("Sync status") : text);
}

void SyncStatusWidget::onStarted()
{
    m_bar->setRange(0, 0); // busy until the first page says how much there is
    m_bar->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    setText(tr("Downloading your data…"));
}

void SyncStatusWidget::onProgress(const SyncProgress &progress)
{
    const QLocale locale;
    m_bar->show();
    m_cancel->show();
    if (progress.retryAt.isValid()) {
        m_bar->setRange(0, 0);
        const QDateTime at = progress.retryAt.toLocalTime();
        const QString when = at.date() == QDate::currentDate()
                                 ? locale.toString(at.time(), QLocale::ShortFormat)
                                 : locale.toString(at, QLocale::ShortFormat);
        //: %1 a time (today) or a date and time
        setText(tr("The server asked the app to wait; the sync goes on at %1.").arg(when));
        return;
    }
    QString text;
    if (progress.total > 0) {
        const int percent = int(std::clamp<qint64>(progress.rows * 100 / progress.total, 0, 100));
        m_bar->setRange(0, 100);
        m_bar->setValue(percent);
        //: %1 what is downloaded, %2 rows so far, %3 rows in all, %4 percent
        text =
            tr("Downloading %1: %2 of %3 (%4%)")
                .arg(SyncWorker::categoryLabel(progress.category), locale.toString(progress.rows),
                     locale.toString(progress.total), locale.toString(percent));
    } else {
        m_bar->setRange(0, 0);
        text =
            tr("Downloading %1: %2 so far")
                .arg(SyncWorker::categoryLabel(progress.category), locale.toString(progress.rows));
    }
    const QString left = timeLeftText(progress.etaMs);
    if (!left.isEmpty())
        text += QStringLiteral(" — ") + left;
    setText(text);
}

void SyncStatusWidget::onFinished(SyncOutcome outcome, const QString &message)
{
    m_bar->hide();
    m_cancel->hide();
    const QLocale locale;
    switch (outcome) {
    case SyncOutcome::Completed:
        setText(
            tr("Up to date (%1)")
                .arg(locale.toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
        break;
    case SyncOutcome::Cancelled:
        setText(tr("Sync cancelled; it continues where it stopped next time."));
        break;
    case SyncOutcome::Failed:
        setText(message.isEmpty() ? tr("The sync failed.")
                                  : tr("The sync failed: %1").arg(message));
        break;
    }
}

QString SyncStatusWidget::timeLeftText(qint64 etaMs)
{
    if (etaMs < 0)
        return {};
    const qint64 seconds = (etaMs + 999) / 1000;
    if (seconds < 60)
        return tr("less than a minute left");
    if (seconds < 3600)
        return tr("about %Ln minute(s) left", nullptr, int((seconds + 59) / 60));
    return tr("about %Ln hour(s) left", nullptr, int((seconds + 1799) / 3600));
}

} // namespace pd
