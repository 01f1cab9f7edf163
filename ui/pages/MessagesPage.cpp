#include "MessagesPage.h"

#include "core/AppServices.h"
#include "models/MessagesModel.h"
#include "widgets/DataTableView.h"
#include "widgets/ValueLabels.h"

#include <QTableView>

#include <limits>

namespace pd {

namespace {

QList<ViewColumn> messageColumns()
{
    using C = MessagesModel::Column;
    return {
        {MessagesPage::tr("Time"), {C::SentAt}, {}, 22},
        {MessagesPage::tr("Channel"), {C::Channel}, {}, 10},
        {MessagesPage::tr("Direction"), {C::Direction}, {}, 11},
        {MessagesPage::tr("With"), {C::Counterpart}, {}, 20},
        {MessagesPage::tr("Message"), {C::Body}, {}, 50, true},
    };
}

} // namespace

MessagesPage::MessagesPage(AppServices *services, QWidget *parent)
    : TablePage(services, services->messages(), QStringLiteral("messages"), messageColumns(),
                {tr("No messages recorded yet."), tr("Fetching your messages…")}, parent)
{
    setAccessibleName(tr("Messages"));
    DataTableView *table = view();
    table->table()->setAccessibleName(tr("Messages"));
    table->setCountText([](qint64 count) {
        // The English translation carries the plural forms.
        return tr("%Ln message(s)", nullptr,
                  int(qMin<qint64>(count, std::numeric_limits<int>::max())));
    });
    const ValueLabels::Choices channels = ValueLabels::messageChannels();
    const ValueLabels::Choices directions = ValueLabels::messageDirections();
    table->setFormatter(MessagesModel::Channel, [channels](const QVariant &value, bool) {
        return ValueLabels::label(channels, value.toString());
    });
    table->setFormatter(MessagesModel::Direction, [directions](const QVariant &value, bool) {
        return ValueLabels::label(directions, value.toString());
    });
    table->addColumnFilter(MessagesModel::Channel, tr("C&hannel:"), tr("Any channel"), channels);
    table->addColumnFilter(MessagesModel::Direction, tr("Di&rection:"), tr("Both directions"),
                           directions);
    table->refreshFilterValues();
}

QString MessagesPage::pageTitle()
{
    return tr("Messages");
}

QString MessagesPage::pageIconName()
{
    return QStringLiteral("mail-message");
}

} // namespace pd
