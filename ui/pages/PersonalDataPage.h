#pragma once

#include "pages/Page.h"

namespace pd {

class ApiError;
class AppServices;
class BillingCardsView;
class CachedDocument;
class FreshnessBar;
class ProfileView;
class ThirdPartyRecordsView;

// The personal data the platform holds: the profile (GET /profile), the
// masked payment cards (GET /billing), and what third parties sent (the
// synced cache, else GET /third-party-records); with the entry points of the
// rights requests, which emit requestFlowRequested().
class PersonalDataPage : public Page
{
    Q_OBJECT
public:
    explicit PersonalDataPage(AppServices *services, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("personal-data"); }

    QString title() const override;
    QString iconName() const override;
    void activate() override;

    ProfileView *profileView() const { return m_profile; }
    BillingCardsView *billingView() const { return m_billing; }
    ThirdPartyRecordsView *recordsView() const { return m_records; }

Q_SIGNALS:
    // The user chose a request: "edit" (correct), "export", "delete",
    // "unsubscribe" (stop marketing) or "other" (restrict, object, a
    // guardian's removal request...).
    void requestFlowRequested(const QString &type);

private:
    QWidget *requestButtons(QWidget *parent);
    void renderProfile();
    void renderBilling();
    void renderRecords();
    void onProfileFailed(const ApiError &error);
    bool useSyncedRecords();

    AppServices *m_services;
    CachedDocument *m_profileDocument;
    CachedDocument *m_billingDocument;
    CachedDocument *m_recordsDocument;
    FreshnessBar *m_freshness;
    ProfileView *m_profile;
    BillingCardsView *m_billing;
    ThirdPartyRecordsView *m_records;
};

} // namespace pd
