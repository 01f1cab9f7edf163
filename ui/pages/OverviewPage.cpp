#include "OverviewPage.h"

#include "account/Account.h"
#include "account/Policy.h"
#include "account/SecuritySettings.h"
#include "account/Usage.h"
#include "auth/AuthService.h"
#include "cache/CachedDocument.h"
#include "core/AppServices.h"
#include "models/CacheSummary.h"
#include "requests/DeletionBanner.h"
#include "requests/OpenRequestsList.h"
#include "requests/RecentUpdatesList.h"
#include "requests/RequestRepository.h"
#include "requests/RequestUpdates.h"
#include "widgets/ActivityChart.h"
#include "widgets/FieldFormat.h"
#include "widgets/FreshnessBar.h"
#include "widgets/NoticeBanner.h"
#include "widgets/SummaryCard.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace pd {

namespace {

constexpr int kCardColumns = 4;

// For tr()'s %n, which takes an int.
int countArg(qint64 count)
{
    return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

} // namespace

OverviewPage::OverviewPage(AppServices *services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_summary(new CacheSummary(services->store(), services->startupGate(), this))
{
    setAccessibleName(tr("Overview"));
    Account *account = services->account();
    m_usage = watch(account->usage()->document());
    m_policy = watch(account->policy()->document());
    m_security = watch(account->security()->document());
    RequestRepository *requests = services->requests();
    if (requests)
        m_requests = watch(requests->recentDocument());
    setContent(buildContent());
    for (CachedDocument *doc : std::as_const(m_documents))
        m_freshness->track(doc);
    connect(m_usage, &CachedDocument::changed, this, &OverviewPage::showUsage);
    connect(m_policy, &CachedDocument::changed, this, &OverviewPage::showPolicy);
    connect(m_security, &CachedDocument::changed, this, &OverviewPage::showSecurity);
    if (requests) {
        connect(m_requests, &CachedDocument::changed, this, &OverviewPage::showRequests);
        connect(requests, &RequestRepository::waitingChanged, this, &OverviewPage::showRequests);
    }
    connect(this, &Page::retryRequested, this, &OverviewPage::refresh);
    connect(services, &AppServices::signedIn, this, &OverviewPage::refresh);
    connect(services, &AppServices::signedOut, this, [this] {
        m_lastError.clear();
        updateState();
    });
    connect(services, &AppServices::syncFinished, this, &OverviewPage::refreshLocalFigures);
    connect(services, &AppServices::syncCategoryCompleted, this,
            &OverviewPage::refreshLocalFigures);
    connect(m_summary, &CacheSummary::changed, this, &OverviewPage::showLocalFigures);
    refreshLocalFigures();
    updateState();
}

OverviewPage::~OverviewPage() = default;

QString OverviewPage::pageTitle()
{
    return tr("Overview");
}

QString OverviewPage::pageIconName()
{
    return QStringLiteral("go-home");
}

CachedDocument *OverviewPage::watch(CachedDocument *doc)
{
    connect(doc, &CachedDocument::refreshFailed, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_lastError = error.userMessage();
        updateState();
    });
    connect(doc, &CachedDocument::refreshingChanged, this, &OverviewPage::updateState);
    m_documents.append(doc);
    return doc;
}

SummaryCard *OverviewPage::addCard(Card card, const QString &title)
{
    auto *widget = new SummaryCard(title);
    m_cards.insert(card, widget);
    return widget;
}

QWidget *OverviewPage::buildContent()
{
    auto *page = new QWidget(this);
    m_freshness = new FreshnessBar(page);
    auto *content = new QWidget;
    m_policyNotice = new NoticeBanner(content);
    m_policyNotice->setAccessibleName(tr("Privacy policy notice"));
    QPushButton *review =
        m_policyNotice->addButton(tr("Re&view the policy"), tr("Review the privacy policy"));
    connect(review, &QPushButton::clicked, this, &OverviewPage::policyReviewRequested);
    m_policyNotice->hide();

    auto *held = new QGroupBox(tr("What is held about you"), content);
    auto *heldGrid = new QGridLayout(held);
    const QList<QPair<Card, QString>> dataCards{
        {Card::Visits, tr("Website visits")},
        {Card::Messages, tr("Messages")},
        {Card::Logs, tr("Activity log entries")},
        {Card::ThirdPartyRecords, tr("Records from third parties")},
        {Card::Media, tr("Media files")},
        {Card::Agents, tr("Agents")},
        {Card::ActiveUsers, tr("Active users")},
    };
    for (int i = 0; i < dataCards.size(); ++i) {
        SummaryCard *widget = addCard(dataCards.at(i).first, dataCards.at(i).second);
        widget->setParent(held);
        heldGrid->addWidget(widget, i / kCardColumns, i % kCardColumns);
    }

    auto *status = new QGroupBox(tr("Status"), content);
    auto *statusLayout = new QHBoxLayout(status);
    for (const auto &[card, title] :
         QList<QPair<Card, QString>>{{Card::LastSync, tr("Last synced")},
                                     {Card::Policy, tr("Privacy policy")},
                                     {Card::Security, tr("Account security")}}) {
        SummaryCard *widget = addCard(card, title);
        widget->setParent(status);
        statusLayout->addWidget(widget);
    }

    auto *requests = new QGroupBox(tr("Open requests"), content);
    auto *requestsLayout = new QVBoxLayout(requests);
    m_openSummary = new QLabel(requests);
    m_openSummary->setTextFormat(Qt::PlainText);
    m_openSummary->setAccessibleName(tr("Open requests summary"));
    m_openRequests = new OpenRequestsList(requests);
    m_openRequests->setMinimumHeight(fontMetrics().height() * 6);
    auto *allRequests = new QPushButton(tr("See &all requests"), requests);
    allRequests->setAccessibleName(tr("See all requests"));
    connect(allRequests, &QPushButton::clicked, this, &OverviewPage::requestsRequested);
    requestsLayout->addWidget(m_openSummary);
    requestsLayout->addWidget(m_openRequests);
    requestsLayout->addWidget(allRequests, 0, Qt::AlignRight);

    // The activity feed: what moved since the user last looked, also while
    // the app was closed (RequestUpdates).
    auto *updates = new QGroupBox(tr("Recent updates"), content);
    auto *updatesLayout = new QVBoxLayout(updates);
    m_recentUpdates = new RecentUpdatesList(updates);
    m_recentUpdates->setMinimumHeight(fontMetrics().height() * 5);
    updatesLayout->addWidget(m_recentUpdates);
    if (RequestUpdates *feed = m_services->requestUpdates()) {
        connect(feed, &RequestUpdates::feedChanged, this,
                [this, feed] { m_recentUpdates->setUpdates(feed->feed()); });
        m_recentUpdates->setUpdates(feed->feed());
    }

    auto *activity = new QGroupBox(tr("Activity over the last 30 days"), content);
    auto *activityLayout = new QVBoxLayout(activity);
    m_chart = new ActivityChart(activity);
    activityLayout->addWidget(m_chart);

    // The most urgent thing the page can say: the account is about to go.
    m_deletion = new DeletionBanner(m_services->requests(), m_services->discovery(), content);
    m_deletionResult = new NoticeBanner(content);
    m_deletionResult->hide();
    connect(m_deletion, &DeletionBanner::cancelConfirmed, this, [this] {
        m_deletionResult->showNotice(
            NoticeBanner::Kind::Information,
            tr("The deletion was cancelled. Your account stays as it is."));
    });

    auto *inner = new QVBoxLayout(content);
    inner->addWidget(m_deletion);
    inner->addWidget(m_deletionResult);
    inner->addWidget(m_policyNotice);
    inner->addWidget(held);
    inner->addWidget(status);
    inner->addWidget(requests);
    inner->addWidget(updates);
    inner->addWidget(activity);
    inner->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Overview"));
    scroll->setAccessibleDescription(
        tr("What is held about you, the state of your account and your open requests"));
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins({});
    layout->addWidget(m_freshness);
    layout->addWidget(scroll, 1);
    return page;
}

void OverviewPage::activate()
{
    refreshLocalFigures();
    refresh();
}

void OverviewPage::refresh()
{
    m_lastError.clear();
    for (CachedDocument *doc : std::as_const(m_documents)) {
        if (doc->hasCopy())
            doc->refresh();
        else
            doc->load();
    }
    updateState();
}

void OverviewPage::updateState()
{
    bool anyCopy = false;
    bool anyRefreshing = false;
    for (const CachedDocument *doc : std::as_const(m_documents)) {
        anyCopy = anyCopy || doc->hasCopy();
        anyRefreshing = anyRefreshing || doc->isRefreshing();
    }
    AuthService *auth = m_services->auth();
    if (!auth || !auth->isSignedIn())
        showEmpty(tr("Sign in to see what is held about you."));
    else if (anyCopy)
        showContent();
    else if (anyRefreshing)
        showLoading(tr("Loading your overview…"));
    else if (!m_lastError.isEmpty())
        showError(m_lastError);
    else
        showLoading(tr("Loading your overview…"));
}

void OverviewPage::showUsage()
{
    const UsageFigures usage = Usage::parse(m_usage->object());
    const auto onThisComputer = [this](const QString &category) {
        const qint64 local = m_summary->count(category);
        return local < 0 ? QString() // not counted yet
                         : tr("%1 on this computer").arg(FieldFormat::number(local));
    };
    m_cards.value(Card::Visits)
        ->setValue(FieldFormat::number(usage.visits), onThisComputer(QStringLiteral("visits")));
    m_cards.value(Card::Messages)
        ->setValue(FieldFormat::number(usage.messages), onThisComputer(QStringLiteral("messages")));
    m_cards.value(Card::Media)
        ->setValue(FieldFormat::number(usage.mediaFiles),
                   QLocale().formattedDataSize(usage.mediaBytes));
    m_cards.value(Card::Agents)->setValue(FieldFormat::number(usage.agents));
    m_cards.value(Card::ActiveUsers)->setValue(FieldFormat::number(usage.activeUsers));

    QList<ActivityChart::Day> days;
    for (const UsageFigures::Day &day : std::as_const(usage.daily))
        days.append({day.date, day.visits, day.messages});
    m_chart->setDays(days);
    updateState();
}

void OverviewPage::showPolicy()
{
    const std::optional<PolicyVersion> policy = Policy::parse(m_policy->object());
    if (!policy) {
        updateState();
        return;
    }
    const QString &version = policy->version;
    const bool acknowledged = policy->acknowledged;
    const QString acknowledgedVersion = policy->acknowledgedVersion.value_or(QString());
    const QString updated =
        FieldFormat::date(QDate::fromString(policy->lastUpdated, Qt::ISODate), QLocale::LongFormat);
    QString detail;
    if (acknowledged)
        detail = tr("You acknowledged this version.");
    else if (acknowledgedVersion.isEmpty())
        detail = tr("Not acknowledged yet.");
    else
        detail = tr("Changed since you acknowledged version %1.").arg(acknowledgedVersion);
    m_cards.value(Card::Policy)->setValue(tr("Version %1").arg(version), detail);
    if (acknowledged) {
        m_policyNotice->hide();
    } else {
        m_policyNotice->showNotice(
            NoticeBanner::Kind::Warning,
            acknowledgedVersion.isEmpty()
                ? tr("Please read the privacy policy (version %1 of %2) and acknowledge it.")
                      .arg(version, updated)
                : tr("The privacy policy changed (version %1 of %2) since you acknowledged "
                     "version %3.")
                      .arg(version, updated, acknowledgedVersion));
    }
    updateState();
}

void OverviewPage::showSecurity()
{
    const std::optional<SecurityState> security = SecuritySettings::parse(m_security->object());
    if (!security) {
        updateState();
        return;
    }
    const bool twoFactor = security->twoFactorEnabled;
    const qint64 sessions = security->activeSessions;
    m_cards.value(Card::Security)
        ->setValue(twoFactor ? tr("Two-factor authentication on")
                             : tr("Two-factor authentication off"),
                   tr("%Ln signed-in session(s)", nullptr, countArg(sessions)));
    updateState();
}

void OverviewPage::showRequests()
{
    RequestRepository *requests = m_services->requests();
    const QList<RequestRecord> records =
        requests ? requests->recentRecords() : QList<RequestRecord>();
    m_openRequests->setRecords(records);
    const int open = m_openRequests->topLevelItemCount();
    int overdue = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RequestRecord &record : std::as_const(records))
        overdue += record.isOverdue(now) ? 1 : 0;
    QString summary =
        open == 0 ? tr("No open requests.") : tr("%Ln open request(s)", nullptr, open);
    if (overdue > 0)
        summary = tr("%1, %2").arg(summary, tr("%Ln overdue", nullptr, overdue));
    m_openSummary->setText(summary);
    updateState();
}

void OverviewPage::refreshLocalFigures()
{
    m_summary->refresh(); // showLocalFigures() follows
    showLocalFigures();   // the sync status meanwhile
}

void OverviewPage::showLocalFigures()
{
    // Counted in the background: "—" until the first figures arrive.
    const qint64 logs = m_summary->count(QStringLiteral("logs"));
    const qint64 records = m_summary->count(QStringLiteral("third_party_records"));
    m_cards.value(Card::Logs)
        ->setValue(logs < 0 ? tr("—") : FieldFormat::number(logs), tr("On this computer"));
    m_cards.value(Card::ThirdPartyRecords)
        ->setValue(records < 0 ? tr("—") : FieldFormat::number(records), tr("On this computer"));

    const QString newest = m_summary->lastSyncedAtAny();
    QString lastSync;
    if (!m_summary->hasFigures())
        lastSync = tr("—");
    else if (newest.isEmpty())
        lastSync = tr("Not yet");
    else
        lastSync = FieldFormat::apiDateTime(newest);
    m_cards.value(Card::LastSync)
        ->setValue(lastSync, m_services->isSyncing() ? tr("Syncing now…") : QString());
    if (m_usage->hasCopy())
        showUsage(); // the "on this computer" figures
}

} // namespace pd
