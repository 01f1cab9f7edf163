#include "ActivityFixture.h"

#include "SyntheticVisits.h"

#include "core/AppServices.h"
#include "models/VisitsModel.h"
#include "pages/ActivityPage.h"
#include "store/LocalStore.h"
#include "widgets/DataTableView.h"

#include <QDir>
#include <QTableView>
#include <QTest>

using namespace pd;

ActivityFixture::ActivityFixture() = default;

ActivityFixture::~ActivityFixture()
{
    m_page.reset(); // before the services whose model it shows
    m_services.reset();
}

bool ActivityFixture::fill(const QString &dataDir, int rows, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create ") + dataDir;
        return false;
    }
    LocalStore store(QDir(dataDir).filePath(QStringLiteral("cache.sqlite3")));
    return store.open(error) && SyntheticVisits::ingest(store, rows, error);
}

bool ActivityFixture::show(const QString &dataDir, QString *error)
{
    m_settings = std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    AppServices::Options options;
    options.dataDir = dataDir;
    options.settings = m_settings.get();
    options.ephemeralSecrets = true;
    m_services = std::make_unique<AppServices>(options);
    if (!m_services->start(error))
        return false;
    m_page = std::make_unique<ActivityPage>(m_services.get());
    m_page->resize(1200, 700);
    m_page->show();
    if (!QTest::qWaitForWindowExposed(m_page.get())) {
        *error = QStringLiteral("the Activity page was never exposed");
        return false;
    }
    m_page->activate();
    // fill() left every index built: nothing runs in the background.
    QTest::qWait(200);
    if (m_services->visits()->rowCount() == 0 || !table()->isVisible()) {
        *error = QStringLiteral("the Activity page shows no rows");
        return false;
    }
    return true;
}

QWidget *ActivityFixture::page() const
{
    return m_page.get();
}

QTableView *ActivityFixture::table() const
{
    return m_page ? m_page->view()->table() : nullptr;
}

int ActivityFixture::blockingReads() const
{
    return m_services ? m_services->visits()->blockingReads() : 0;
}

int ActivityFixture::rowsLoadingInView() const
{
    if (!m_services)
        return 0;
    const QTableView *view = table();
    const int top = view->rowAt(0);
    int bottom = view->rowAt(view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = view->model()->rowCount() - 1;
    int loading = 0;
    for (int row = qMax(0, top); row <= bottom; ++row)
        loading += m_services->visits()->isLoading(row) ? 1 : 0;
    return loading;
}
