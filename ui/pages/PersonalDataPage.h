#pragma once

#include "pages/DocumentPage.h"

namespace pd {

class AppServices;
class BillingCardsView;
class CachedDocument;
class PersonalData;
class ProfileView;
class ThirdPartyRecordsView;

// The personal data the platform holds (PersonalData): the profile, the
// masked payment cards, and what third parties sent (the synced cache, else
// the first page from the server); with the entry points of the rights
// requests, which emit requestFlowRequested().
class PersonalDataPage : public DocumentPage
{
    Q_OBJECT
public:
    explicit PersonalDataPage(AppServices *services, QWidget *parent = nullptr);

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("personal-data"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
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
    void draw() override;
    void renderBilling();
    void renderRecords();
    bool useSyncedRecords();

    AppServices *m_services;
    PersonalData *m_data;
    CachedDocument *m_profileDocument;
    CachedDocument *m_billingDocument;
    CachedDocument *m_recordsDocument;
    ProfileView *m_profile;
    BillingCardsView *m_billing;
    ThirdPartyRecordsView *m_records;
};

} // namespace pd
