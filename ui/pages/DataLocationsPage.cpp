#include "pages/DataLocationsPage.h"

#include "account/Account.h"
#include "account/DataLocations.h"
#include "core/AppServices.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlaceFormat.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QGroupBox>
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

    QGroupBox *vendors = section(tr("Vendors that process your data"), inner);
    m_processors = new ReadOnlyTable({tr("Vendor"), tr("Purpose"), tr("Regions")},
                                     tr("Vendors that process your data"), vendors);
    m_processors->setStretchColumn(1);
    m_processors->setFitToRows(true);
    vendors->layout()->addWidget(new PlainTextLabel(
        tr("These hosting partners and vendors provide the software, storage and related "
           "technology the service runs on."),
        tr("About vendors"), vendors));
    vendors->layout()->addWidget(m_processors);

    QGroupBox *sharing = section(tr("Who may receive your data"), inner);
    m_recipients = new ReadOnlyTable({tr("Recipient"), tr("Kind"), tr("When"), tr("What data")},
                                     tr("Recipients of your data"), sharing);
    m_recipients->setStretchColumn(2);
    m_recipients->setFitToRows(true);
    m_statement = new PlainTextLabel(QString(), tr("Sharing statement"), sharing);
    QFont strong = m_statement->font();
    strong.setBold(true);
    m_statement->setFont(strong);
    sharing->layout()->addWidget(m_recipients);
    sharing->layout()->addWidget(m_statement);

    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(storage);
    innerLayout->addWidget(vendors);
    innerLayout->addWidget(sharing);
    innerLayout->addStretch();
    addScrolled(inner, tr("Data locations and sharing"));
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
    m_processors->clearRows();
    for (const Processor &processor : data->processors) {
        QStringList regions;
        for (const QString &id : processor.regionIds)
            regions.append(data->regionName(id));
        m_processors->addRow(
            {processor.name, processor.purpose, regions.join(tr(", ", "between region names"))});
    }
    m_onPremise->setText(
        data->onPremise
            ? tr("Some of your data is kept on the provider's own premises (on-premise).")
            : tr("Your data is kept on the hosted service. With an on-premise installation "
                 "you choose your own servers or hosting providers, and the provider is "
                 "not responsible for the data stored there."));
    m_note->setText(data->note.value_or(QString()));
    m_note->setVisible(data->note.has_value());
    m_recipients->clearRows();
    for (const Recipient &recipient : data->recipients) {
        m_recipients->addRow({recipient.name, recipient.category, recipient.situation,
                              recipient.dataCategories.join(tr(", ", "between data categories"))});
    }
    m_statement->setText(data->sharingStatement);
    showContent();
}

} // namespace pd
