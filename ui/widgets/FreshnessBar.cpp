#include "widgets/FreshnessBar.h"

#include "cache/CachedDocument.h"
#include "widgets/FieldFormat.h"
#include "widgets/PlainTextLabel.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

namespace pd {

FreshnessBar::FreshnessBar(QWidget *parent)
    : QWidget(parent)
    , m_status(new PlainTextLabel(this))
    , m_busy(new QProgressBar(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_status->setAccessibleName(tr("Data status"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Refreshing"));
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->hide();
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Get the latest copy from the server (F5)"));
    m_cancel->setAccessibleName(tr("Cancel refresh"));
    m_cancel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_cancel);
    layout->addWidget(m_refresh);

    // F5 anywhere on the page that holds the bar.
    auto *shortcut = new QShortcut(QKeySequence::Refresh, parent ? parent : this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &FreshnessBar::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &FreshnessBar::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &FreshnessBar::cancel);
    updateStatus();
}

void FreshnessBar::track(CachedDocument *document)
{
    m_documents.append(document);
    connect(document, &CachedDocument::changed, this, [this] {
        m_lastError.clear();
        updateStatus();
    });
    connect(document, &CachedDocument::refreshingChanged, this, &FreshnessBar::updateStatus);
    connect(document, &CachedDocument::refreshFailed, this, &FreshnessBar::onFailed);
    updateStatus();
}

QString FreshnessBar::statusText() const
{
    return m_status->text();
}

void FreshnessBar::refresh()
{
    m_lastError.clear();
    for (const QPointer<CachedDocument> &document : std::as_const(m_documents)) {
        if (document)
            document->refresh();
    }
    updateStatus();
}

void FreshnessBar::cancel()
{
    for (const QPointer<CachedDocument> &document : std::as_const(m_documents)) {
        if (document)
            document->cancel();
    }
}

void FreshnessBar::onFailed(const ApiError &error)
{
    m_lastError =
        error.kind() == ApiError::Kind::Cancelled ? tr("Refresh cancelled.") : error.userMessage();
    updateStatus();
}

void FreshnessBar::updateStatus()
{
    bool refreshing = false;
    QDateTime oldest;
    for (const QPointer<CachedDocument> &document : std::as_const(m_documents)) {
        if (!document)
            continue;
        refreshing = refreshing || document->isRefreshing();
        if (document->hasCopy()) {
            const QDateTime syncedAt = document->document().syncedAt;
            if (!oldest.isValid() || syncedAt < oldest)
                oldest = syncedAt;
        }
    }
    QString text;
    if (refreshing) {
        text = oldest.isValid()
                   ? tr("Refreshing… (showing the copy from %1)").arg(FieldFormat::dateTime(oldest))
                   : tr("Refreshing…");
    } else if (!m_lastError.isEmpty()) {
        text = oldest.isValid() ? tr("Could not refresh: %1 Showing the copy from %2.")
                                      .arg(m_lastError, FieldFormat::dateTime(oldest))
                                : tr("Could not refresh: %1").arg(m_lastError);
    } else if (oldest.isValid()) {
        text = tr("Updated %1").arg(FieldFormat::dateTime(oldest));
    }
    m_status->setText(text);
    m_busy->setVisible(refreshing);
    m_cancel->setVisible(refreshing);
    m_refresh->setEnabled(!refreshing);
}

} // namespace pd
