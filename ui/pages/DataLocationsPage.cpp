#include "pages/DataLocationsPage.h"

#include "account/Account.h"
#include "account/DataLocations.h"
#include "common/DisplayText.h"
#include "core/AppServices.h"
#include "widgets/DataHoldersTree.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlaceFormat.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

DataLocationsPage::DataLocationsPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading where your data is kept…"), parent)
    , m_data(services->account()->dataLocations())
{
    bind(m_data->locationsDocument());
    bind(m_data->sharingDocument());

    auto *inner = new QWidget;
    QGroupBox *storage = section(tr("Where your data is stored"), inner);
    m_regions = new ReadOnlyTable({tr("Region"), tr("Country"), tr("Hosted by"), tr("Role")},
                                  tr("Storage regions"), storage);
    m_regions->setStretchColumn(0);
    m_regions->setFitToRows(true);
    m_onPremise = new PlainTextLabel(QString(), tr("On-premise installations"), storage);
    m_note = new PlainTextLabel(QString(), tr("Note on data locations"), storage);
    storage->layout()->addWidget(m_regions);
    storage->layout()->addWidget(m_onPremise);
    storage->layout()->addWidget(m_note);

    QGroupBox *holders = section(tr("Who else has your data"), inner);
    holders->layout()->addWidget(new PlainTextLabel(
        tr("Hosting partners and vendors process your data for the provider; other recipients "
           "receive it in the situations the policy names. You can object to any of these uses."),
        tr("About who else has your data"), holders));
    m_holders = new DataHoldersTree(holders);
    m_holders->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_objectAction = new QAction(tr("&Object to this…"), m_holders);
    m_objectAction->setStatusTip(tr("Object to this use of your data"));
    m_holders->addAction(m_objectAction);
    m_holderDetail = new PlainTextLabel(QString(), tr("The chosen row in full"), holders);
    m_object = new QPushButton(tr("&Object to this…"), holders);
    m_object->setAccessibleName(tr("Object to this use of your data"));
    m_object->setAccessibleDescription(
        tr("Files an objection to processing about the chosen row's use of your data."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_object);
    buttons->addStretch();
    m_statement = new PlainTextLabel(QString(), tr("Sharing statement"), holders);
    QFont strong = m_statement->font();
    strong.setBold(true);
    m_statement->setFont(strong);
    holders->layout()->addWidget(m_holders);
    holders->layout()->addWidget(m_holderDetail);
    static_cast<QVBoxLayout *>(holders->layout())->addLayout(buttons);
    holders->layout()->addWidget(m_statement);
    connect(m_holders, &QTreeWidget::currentItemChanged, this,
            &DataLocationsPage::updateHolderActions);
    connect(m_object, &QPushButton::clicked, this, &DataLocationsPage::objectToCurrent);
    connect(m_objectAction, &QAction::triggered, this, &DataLocationsPage::objectToCurrent);
    updateHolderActions();

    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(storage);
    innerLayout->addWidget(holders);
    innerLayout->addStretch();
    addScrolled(inner, tr("Data locations and sharing"),
                tr("Where your data is stored, and who else receives it and why"));
}

QString DataLocationsPage::pageTitle()
{
    return tr("Data locations");
}

QString DataLocationsPage::pageIconName()
{
    return QStringLiteral("network-server");
}

void DataLocationsPage::draw()
{
    // Both halves or nothing (DocumentPage waits for both): a page without
    // the sharing statement would tell less than the policy does.
    const std::optional<DataLocationsState> data = m_data->state();
    if (!data) {
        showError(tr("The server sent data locations this app cannot read."));
        return;
    }
    m_regions->clearRows();
    for (const StorageRegion &region : data->regions) {
        m_regions->addRow({region.name, PlaceFormat::country(region.country), region.provider,
                           region.primary ? tr("Main server") : tr("Other server")});
    }
    m_onPremise->setText(
        data->onPremise
            ? tr("Some of your data is kept on the provider's own premises (on-premise).")
            : tr("Your data is kept on the hosted service. With an on-premise installation "
                 "you choose your own servers or hosting providers, and the provider is "
                 "not responsible for the data stored there."));
    m_note->setText(data->note.value_or(QString()));
    m_note->setVisible(data->note.has_value());
    m_holders->setGroups(data->byCategory());
    updateHolderActions();
    m_statement->setText(data->sharingStatement);
    showContent();
}

void DataLocationsPage::updateHolderActions()
{
    const std::optional<DataHolder> holder = m_holders->currentHolder();
    m_object->setEnabled(holder.has_value());
    m_objectAction->setEnabled(holder.has_value());
    if (!holder) {
        m_holderDetail->setText(tr("Choose a row to see it in full and to object to it."));
        return;
    }
    //: The chosen processor or recipient: %1 its name, %2 what it uses the data for.
    QString text = tr("%1: %2").arg(holder->name, holder->purpose);
    if (!holder->situation.isEmpty() && holder->situation != holder->purpose)
        //: %1 is the line above; %2 when the recipient receives the data.
        text = tr("%1\nWhen: %2").arg(text, holder->situation);
    m_holderDetail->setText(DisplayText::paragraph(text));
}

void DataLocationsPage::objectToCurrent()
{
    if (const std::optional<ObjectionTarget> target = m_holders->currentTarget())
        Q_EMIT objectionRequested(*target);
}

} // namespace pd
