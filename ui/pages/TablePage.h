#pragma once

#include "Page.h"
#include "models/CacheTableModel.h"
#include "sync/SyncOutcome.h"

#include <QPointer>

namespace pd {

class AppServices;
class DataTableView;
struct SyncProgress;
struct ViewColumn;

// A page over one cached table (visits, messages, logs): the shared table
// view, plus what the page says while there is nothing to show yet — a
// loading state with the sync's progress while the first sync runs, an empty
// state once it found nothing, an error with Retry when it failed — and when
// the data was last synced.
class TablePage : public Page
{
    Q_OBJECT
public:
    struct Texts {
        QString empty;   // "No visits recorded yet."
        QString loading; // "Fetching your visits…"
    };

    void activate() override;

    DataTableView *view() const { return m_view; }
    CacheTableModel *model() const { return m_model; }

protected:
    // `category` is the sync category and cache table ("visits").
    TablePage(AppServices *services, CacheTableModel *model, const QString &category,
              const QList<ViewColumn> &columns, Texts texts, QWidget *parent);

    AppServices *services() const { return m_services; }

private:
    void onProgress(const SyncProgress &progress);
    void onCategoryCompleted(const QString &category);
    void onSyncFinished(SyncOutcome outcome, const QString &message);
    void reloadData();
    void updateState();
    void updateNote();
    bool tableIsEmpty(bool *ok) const;
    QString lastSyncedAt() const;

    AppServices *m_services;
    QPointer<CacheTableModel> m_model;
    QString m_category;
    Texts m_texts;
    DataTableView *m_view;
    QString m_syncError;
};

} // namespace pd
