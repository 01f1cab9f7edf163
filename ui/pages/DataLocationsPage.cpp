#include "pages/DataLocationsPage.h"

#include "api/JsonReader.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlaceFormat.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QGroupBox>
#include <QHash>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pd {

namespace {

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setAccessibleName(title);
    new QVBoxLayout(box);
    return box;
}

} // namespace

DataLocationsPage::DataLocationsPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading where your data is kept…"), parent)
    , m_locations(new CachedDocument(services->documents(), QStringLiteral("data-locations"),
                                     ApiRequest::get(QStringLiteral("/data-locations")), this))
    , m_sharing(new CachedDocument(services->documents(), QStringLiteral("sharing"),
                                   ApiRequest::get(QStringLiteral("/sharing")), this))
{
    bind(m_locations);
    bind(m_sharing);
    QWidget *content = body();

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
    auto *scroll = new QScrollArea(content);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Data locations and sharing"));

    contentLayout()->addWidget(scroll, 1);
}

QString DataLocationsPage::title() const
{
    return tr("Data locations");
}

QString DataLocationsPage::iconName() const
{
    return QStringLiteral("network-server");
}

void DataLocationsPage::draw()
{
    // Both halves or nothing (DocumentPage waits for both): a page without
    // the sharing statement would tell less than the policy does.
    if (!renderLocations() || !renderSharing()) {
        showError(tr("The server sent data locations this app cannot read."));
        return;
    }
    showContent();
}

bool DataLocationsPage::renderLocations()
{
    JsonReader reader(m_locations->object());
    QHash<QString, QString> regionNames;
    m_regions->clearRows();
    for (JsonReader region : reader.objects(u"regions")) {
        const QString name = region.string(u"name");
        regionNames.insert(region.string(u"id"), name);
        m_regions->addRow({name, PlaceFormat::country(region.string(u"country")),
                           region.string(u"provider"),
                           region.boolean(u"primary") ? tr("Main server") : tr("Other server")});
    }
    m_processors->clearRows();
    for (JsonReader processor : reader.objects(u"processors")) {
        QStringList regions;
        for (const QString &id : processor.strings(u"regions"))
            regions.append(regionNames.value(id, id));
        m_processors->addRow({processor.string(u"name"), processor.string(u"purpose"),
                              regions.join(tr(", ", "between region names"))});
    }
    const bool onPremise = reader.boolean(u"on_premise");
    const std::optional<QString> note = reader.optionalString(u"note");
    m_onPremise->setText(
        onPremise ? tr("Some of your data is kept on the provider's own premises (on-premise).")
                  : tr("Your data is kept on the hosted service. With an on-premise installation "
                       "you choose your own servers or hosting providers, and the provider is "
                       "not responsible for the data stored there."));
    m_note->setText(note.value_or(QString()));
    m_note->setVisible(note.has_value());
    return reader.ok();
}

bool DataLocationsPage::renderSharing()
{
    JsonReader reader(m_sharing->object());
    m_recipients->clearRows();
    for (JsonReader recipient : reader.objects(u"recipients")) {
        m_recipients->addRow(
            {recipient.string(u"name"), recipient.string(u"category"),
             recipient.string(u"situation"),
             recipient.strings(u"data_categories").join(tr(", ", "between data categories"))});
    }
    m_statement->setText(reader.string(u"statement"));
    return reader.ok();
}

} // namespace pd
