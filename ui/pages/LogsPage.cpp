#include "LogsPage.h"

#include "core/AppServices.h"
#include "models/LogsModel.h"
#include "widgets/DataTableView.h"
#include "widgets/ValueLabels.h"

#include <QTableView>

#include <limits>

namespace pd {

namespace {

QList<ViewColumn> logColumns()
{
    using C = LogsModel::Column;
    return {
        {LogsPage::tr("Time"), {C::OccurredAt}, {}, 22},
        {LogsPage::tr("Level"), {C::Level}, {}, 10},
        {LogsPage::tr("Event"), {C::Event}, {}, 24},
        {LogsPage::tr("Detail"), {C::Detail}, {}, 40, true},
        {LogsPage::tr("IP address"), {C::IpAddress}, {}, 15},
    };
}

} // namespace

LogsPage::LogsPage(AppServices *services, QWidget *parent)
    : TablePage(services, services->logs(), QStringLiteral("logs"), logColumns(),
                {tr("No log entries recorded yet."), tr("Fetching your activity log…")}, parent)
{
    setAccessibleName(tr("Activity log"));
    DataTableView *table = view();
    table->table()->setAccessibleName(tr("Log entries"));
    table->setCountText([](qint64 count) {
        // The English translation carries the plural forms.
        return tr("%Ln log entry(s)", nullptr,
                  int(qMin<qint64>(count, std::numeric_limits<int>::max())));
    });
    const ValueLabels::Choices levels = ValueLabels::logLevels();
    table->setFormatter(LogsModel::Level, [levels](const QVariant &value, bool) {
        return ValueLabels::label(levels, value.toString());
    });
    table->addColumnFilter(LogsModel::Level, tr("&Level:"), tr("Any level"), levels);
    table->refreshFilterValues();
}

QString LogsPage::pageTitle()
{
    return tr("Activity log");
}

QString LogsPage::pageIconName()
{
    return QStringLiteral("text-x-generic");
}

} // namespace pd
