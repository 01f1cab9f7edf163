#include "pages/PersonalDataPage.h"

#include "account/Account.h"
#include "account/PersonalData.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "models/ThirdPartyRecordsModel.h"
#include "requests/RequestFlows.h"
#include "widgets/BillingCardsView.h"
#include "widgets/FreshnessBar.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/ProfileView.h"
#include "widgets/ThirdPartyRecordsView.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QGroupBox *sectionOf(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

PersonalDataPage::PersonalDataPage(AppServices *services, QWidget *parent)
    : DocumentPage(tr("Loading your personal data…"), parent)
    , m_services(services)
    , m_data(services->account()->personalData())
    , m_profileDocument(m_data->profileDocument())
    , m_billingDocument(m_data->billingDocument())
    , m_recordsDocument(m_data->recordsDocument())
{
    // The profile is the page; cards and records say on their own when
    // they are missing.
    bind(m_profileDocument);
    freshnessBar()->track(m_billingDocument);

    auto *inner = new QWidget;
    m_profile = new ProfileView;
    m_billing = new BillingCardsView;
    m_records = new ThirdPartyRecordsView;
    auto *recordsIntro = new PlainTextLabel(
        tr("Partners, vendors, agencies and integrated services may send data about you. This "
           "is what was received, and from whom."),
        tr("About data from third parties"));
    auto *recordsBox = sectionOf(tr("Data from third parties"), recordsIntro, inner);
    recordsBox->layout()->addWidget(m_records);

    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(sectionOf(tr("Profile"), m_profile, inner));
    innerLayout->addWidget(sectionOf(tr("Payment cards"), m_billing, inner));
    innerLayout->addWidget(recordsBox, 1);
    innerLayout->addWidget(sectionOf(tr("Your rights"), requestButtons(inner), inner));
    addScrolled(inner, tr("Your personal data"),
                tr("Your profile, payment cards and data from third parties, and your rights"));

    connect(m_billingDocument, &CachedDocument::changed, this, &PersonalDataPage::renderBilling);
    connect(m_billingDocument, &CachedDocument::refreshFailed, this, [this](const ApiError &error) {
        if (!m_billingDocument->hasCopy())
            m_billing->setMessage(
                tr("Could not load your payment cards: %1").arg(error.userMessage()));
    });
    connect(m_recordsDocument, &CachedDocument::changed, this, &PersonalDataPage::renderRecords);
    connect(m_recordsDocument, &CachedDocument::refreshFailed, this, [this](const ApiError &error) {
        if (!m_recordsDocument->hasCopy() && !m_records->showsSyncedModel())
            m_records->setMessage(
                tr("Could not load the data from third parties: %1").arg(error.userMessage()));
    });
    connect(services, &AppServices::syncCategoryCompleted, this, [this](const QString &category) {
        if (category == QLatin1String("third_party_records"))
            useSyncedRecords();
    });
}

QWidget *PersonalDataPage::requestButtons(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    // The same words as the Requests menu, so a request has one name.
    const QStringList types = {QStringLiteral("edit"), QStringLiteral("export"),
                               QStringLiteral("delete"), QStringLiteral("unsubscribe"),
                               QStringLiteral("other")};
    int row = 0;
    for (const QString &type : types) {
        const QString text = RequestFlows::actionText(type);
        const QString name = RequestFlows::accessibleName(type);
        auto *button = new QPushButton(text, box);
        button->setAccessibleName(name);
        button->setAccessibleDescription(RequestFlows::explanation(type));
        auto *explanation = new PlainTextLabel(RequestFlows::explanation(type), box);
        explanation->setAccessibleName(tr("About “%1”").arg(name));
        grid->addWidget(button, row, 0);
        grid->addWidget(explanation, row, 1);
        connect(button, &QPushButton::clicked, this,
                [this, type] { Q_EMIT requestFlowRequested(type); });
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return box;
}

QString PersonalDataPage::pageTitle()
{
    return tr("Personal data");
}

QString PersonalDataPage::pageIconName()
{
    return QStringLiteral("user-identity");
}

void PersonalDataPage::activate()
{
    DocumentPage::activate();
    m_billingDocument->load();
    if (!useSyncedRecords())
        m_recordsDocument->load();
}

bool PersonalDataPage::useSyncedRecords()
{
    ThirdPartyRecordsModel *model = m_services->thirdPartyRecords();
    if (!model || model->rowCount() == 0)
        return false;
    if (!m_records->showsSyncedModel())
        m_records->useSyncedModel(model);
    return true;
}

void PersonalDataPage::draw()
{
    const std::optional<Profile> profile = m_data->profile();
    if (!profile) {
        showError(tr("The server sent a profile this app cannot read."));
        return;
    }
    m_profile->setProfile(*profile);
    showContent();
}

void PersonalDataPage::renderBilling()
{
    if (!m_billingDocument->hasCopy()) {
        m_billing->setMessage(tr("Loading…"));
        return;
    }
    const std::optional<QList<PaymentCard>> cards = m_data->cards();
    if (cards)
        m_billing->setCards(*cards);
    else
        m_billing->setMessage(tr("The server sent payment cards this app cannot read."));
}

void PersonalDataPage::renderRecords()
{
    if (m_records->showsSyncedModel())
        return;
    if (!m_recordsDocument->hasCopy()) {
        m_records->setMessage(tr("Loading…"));
        return;
    }
    const std::optional<ThirdPartyRecordPage> page = m_data->records();
    if (page)
        m_records->setRecords(*page);
    else
        m_records->setMessage(tr("The server sent records this app cannot read."));
}

} // namespace pd
