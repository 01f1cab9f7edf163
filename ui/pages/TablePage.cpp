#include "TablePage.h"

#include "core/AppServices.h"
#include "models/CacheTableModel.h"
#include "widgets/DataTableView.h"
#include "widgets/FieldFormat.h"

namespace pd {

TablePage::TablePage(AppServices *services, CacheTableModel *model, const QString &category,
                     const QList<ViewColumn> &columns, Texts texts, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_model(model)
    , m_category(category)
    , m_texts(std::move(texts))
    , m_view(new DataTableView(model, columns, this))
{
    setContent(m_view);
    connect(services, &AppServices::signedIn, this, &TablePage::updateState);
    connect(services, &AppServices::signedOut, this, &TablePage::updateState);
    connect(services, &AppServices::syncStarted, this, [this] {
        m_syncError.clear();
        updateState();
    });
    connect(services, &AppServices::syncProgress, this, &TablePage::onProgress);
    connect(services, &AppServices::syncCategoryCompleted, this, &TablePage::onCategoryCompleted);
    connect(services, &AppServices::syncFinished, this, &TablePage::onSyncFinished);
    connect(this, &Page::retryRequested, this, [this] {
        m_syncError.clear();
        m_services->syncNow();
        reloadData();
    });
    // Nothing recorded yet may be nothing synced yet.
    setEmptyAction(tr("&Sync Now"), tr("Sync now"), [this] { m_services->syncNow(); });
    m_view->refreshFilterValues();
    updateState();
}

void TablePage::activate()
{
    updateState();
}

void TablePage::onProgress(const SyncProgress &progress)
{
    if (progress.category != m_category || !m_model || m_model->rowCount() > 0)
        return;
    // The first rows are shown as soon as a page of them is stored; later
    // pages wait for the walk to complete, so the view does not jump under
    // the user.
    if (progress.rows > 0) {
        reloadData();
        if (m_model->rowCount() > 0)
            return;
    }
    QString message = m_texts.loading;
    if (progress.total > 0) {
        message = tr("%1\n%2 of %3")
                      .arg(m_texts.loading, FieldFormat::number(progress.rows),
                           FieldFormat::number(progress.total));
    }
    showLoading(message);
}

void TablePage::onCategoryCompleted(const QString &category)
{
    // AppServices has refreshed the model already.
    if (category == m_category) {
        m_view->refreshFilterValues();
        updateState();
    }
}

void TablePage::onSyncFinished(SyncOutcome outcome, const QString &message)
{
    if (outcome == SyncOutcome::Failed)
        m_syncError = message.isEmpty() ? tr("The data could not be fetched.") : message;
    updateState();
}

void TablePage::reloadData()
{
    if (m_model)
        m_model->refresh();
    m_view->refreshFilterValues();
    updateState();
}

void TablePage::updateState()
{
    updateNote();
    bool ok = true;
    const bool empty = tableIsEmpty(&ok);
    if (!ok) {
        showError(tr("The copy of your data on this computer could not be read."));
        return;
    }
    if (!empty) {
        showContent();
        return;
    }
    if (m_services->isSyncing())
        showLoading(m_texts.loading);
    else if (!m_syncError.isEmpty())
        showError(m_syncError);
    else
        showEmpty(m_texts.empty);
}

void TablePage::updateNote()
{
    const QString synced = lastSyncedAt();
    QString note;
    if (m_services->isSyncing())
        note = synced.isEmpty() ? tr("Syncing…") : tr("Syncing… (last synced %1)").arg(synced);
    else if (!synced.isEmpty())
        note = tr("Synced %1").arg(synced);
    else
        note = tr("Not synced yet");
    m_view->setNote(note);
}

bool TablePage::tableIsEmpty(bool *ok) const
{
    if (!m_model) {
        *ok = true;
        return true;
    }
    const std::optional<bool> rows = m_model->hasStoredRows();
    *ok = rows.has_value();
    return !rows.value_or(false);
}

QString TablePage::lastSyncedAt() const
{
    return m_model ? FieldFormat::apiDateTime(m_model->lastSyncedAt(m_category)) : QString();
}

} // namespace pd
