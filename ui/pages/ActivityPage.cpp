#include "ActivityPage.h"

#include "core/AppServices.h"
#include "models/VisitsModel.h"
#include "widgets/DataTableView.h"
#include "widgets/FieldFormat.h"
#include "widgets/ValueLabels.h"

#include <QTableView>

#include <limits>

namespace pd {

namespace {

QList<ViewColumn> visitColumns()
{
    using C = VisitsModel::Column;
    return {
        {ActivityPage::tr("Time"), {C::StartedAt}, {}, 22},
        {ActivityPage::tr("Duration"), {C::Duration}, {}, 12},
        {ActivityPage::tr("Location"), {C::City, C::Region, C::Country}, QStringLiteral(", "), 20},
        {ActivityPage::tr("IP address"), {C::IpAddress}, {}, 15},
        {ActivityPage::tr("Browser"), {C::Browser, C::BrowserVersion}, QStringLiteral(" "), 14},
        {ActivityPage::tr("Device"), {C::DeviceType}, {}, 10},
        {ActivityPage::tr("Language"), {C::Language}, {}, 11},
        {ActivityPage::tr("Page title"), {C::PageTitle}, {}, 28, true},
        {ActivityPage::tr("Came from"), {C::Referrer}, {}, 24, true},
        {ActivityPage::tr("Went to"), {C::NextSite}, {}, 24, true},
    };
}

} // namespace

ActivityPage::ActivityPage(AppServices *services, QWidget *parent)
    : TablePage(services, services->visits(), QStringLiteral("visits"), visitColumns(),
                {tr("No visits recorded yet."), tr("Fetching your website visits…")}, parent)
{
    setAccessibleName(tr("Activity"));
    DataTableView *table = view();
    table->table()->setAccessibleName(tr("Website visits"));
    table->setCountText([](qint64 count) {
        // The English translation carries the plural forms.
        return tr("%Ln visit(s)", nullptr,
                  int(qMin<qint64>(count, std::numeric_limits<int>::max())));
    });
    table->setFormatter(VisitsModel::Duration, [](const QVariant &value, bool) {
        return FieldFormat::duration(value.toLongLong());
    });
    table->columnsModel()->setFieldName(VisitsModel::Duration, tr("Duration"));
    const ValueLabels::Choices devices = ValueLabels::deviceTypes();
    table->setFormatter(VisitsModel::DeviceType, [devices](const QVariant &value, bool) {
        return ValueLabels::label(devices, value.toString());
    });
    table->addColumnFilter(VisitsModel::DeviceType, tr("&Device:"), tr("Any device"), devices);
    table->refreshFilterValues();
}

QString ActivityPage::pageTitle()
{
    return tr("Activity");
}

QString ActivityPage::pageIconName()
{
    return QStringLiteral("internet-web-browser");
}

} // namespace pd
