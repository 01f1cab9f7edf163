#pragma once

#include "Page.h"

#include <QHash>

class QLabel;
class QPushButton;

namespace pd {

class ActivityChart;
class AppServices;
class CacheSummary;
class CachedDocument;
class DeletionBanner;
class FreshnessBar;
class NoticeBanner;
class OpenRequestsList;
class RecentUpdatesList;
class SummaryCard;

// What the platform holds at a glance: how much of each kind of data, when it
// was last synced, the requests still open and when they are due, whether
// the privacy policy changed since it was acknowledged, the account's
// security, the recent status changes of requests, and visits and messages
// per day over the last 30 days.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    enum class Card {
        Visits,
        Messages,
        Logs,
        ThirdPartyRecords,
        Media,
        Agents,
        ActiveUsers,
        LastSync,
        Policy,
        Security,
    };

    explicit OverviewPage(AppServices *services, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("overview"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activate() override;

    SummaryCard *card(Card card) const { return m_cards.value(card); }
    NoticeBanner *policyNotice() const { return m_policyNotice; }
    // Shown while the account's deletion waits out its grace period; the
    // result banner says when a cancellation from it was confirmed.
    DeletionBanner *deletionBanner() const { return m_deletion; }
    NoticeBanner *deletionResult() const { return m_deletionResult; }
    OpenRequestsList *openRequests() const { return m_openRequests; }
    // The activity feed (RequestUpdates).
    RecentUpdatesList *recentUpdates() const { return m_recentUpdates; }
    ActivityChart *chart() const { return m_chart; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The user wants to read the changed policy / see every request.
    void policyReviewRequested();
    void requestsRequested();

private:
    QWidget *buildContent();
    SummaryCard *addCard(Card card, const QString &title);
    // Follows the core's `doc` for the page's state and freshness.
    CachedDocument *watch(CachedDocument *doc);
    void showUsage();
    void showPolicy();
    void showSecurity();
    void showRequests();
    // Counts the cached rows again; showLocalFigures() follows.
    void refreshLocalFigures();
    void showLocalFigures();
    void updateState();

    AppServices *m_services;
    CacheSummary *m_summary;
    CachedDocument *m_usage = nullptr;
    CachedDocument *m_policy = nullptr;
    CachedDocument *m_security = nullptr;
    CachedDocument *m_requests = nullptr;
    QList<CachedDocument *> m_documents;
    QHash<Card, SummaryCard *> m_cards;
    FreshnessBar *m_freshness = nullptr;
    NoticeBanner *m_policyNotice = nullptr;
    DeletionBanner *m_deletion = nullptr;
    NoticeBanner *m_deletionResult = nullptr;
    OpenRequestsList *m_openRequests = nullptr;
    RecentUpdatesList *m_recentUpdates = nullptr;
    QLabel *m_openSummary = nullptr;
    ActivityChart *m_chart = nullptr;
    QString m_lastError;
};

} // namespace pd
