#pragma once

#include <QSettings>
#include <QString>

#include <memory>

class QTableView;
class QWidget;

namespace pd {
class ActivityPage;
class AppServices;
} // namespace pd

// The Activity page as the app shows it — the real page, DataTableView and
// VisitsModel of an AppServices over a LocalStore — for the scroll and
// memory benchmarks. The store is filled beforehand through the real ingest.
class ActivityFixture
{
public:
    ActivityFixture();
    ~ActivityFixture();

    // Writes `rows` synthetic visits into the cache of the data folder
    // `dataDir` (SyntheticVisits::ingest), as a finished sync leaves them.
    static bool fill(const QString &dataDir, int rows, QString *error);
    // Starts the core on `dataDir` (tokens in memory, nobody signed in) and
    // shows the Activity page at 1200 x 700 until it is exposed; false and
    // *error otherwise.
    bool show(const QString &dataDir, QString *error);

    // The page (a top-level window here).
    QWidget *page() const;
    QTableView *table() const;
    // How many times the visits model's UI thread read a window itself or
    // waited for one read ahead (CacheTableModel::blockingReads()).
    int blockingReads() const;
    // Rows in the table's view that show "Loading…" (their window is being
    // read: CacheTableModel::isLoading()).
    int rowsLoadingInView() const;

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<pd::AppServices> m_services;
    std::unique_ptr<pd::ActivityPage> m_page;
};
