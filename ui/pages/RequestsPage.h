#pragma once

#include "Page.h"
#include "requests/RequestRepository.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pd {

class AppServices;
class DeletionBanner;
class NoticeBanner;
class RequestDetailPanel;
class RequestListModel;

// Every request the user made (the server's, plus what still waits in the
// outbox), with type, status, when it was received and when the answer is
// expected; the selected one in plain words (extensions, why it was refused,
// the user's reason for cancelling) with its history; Cancel (asking why)
// while it is open and Download for a completed export. Draws the core's RequestRepository, which
// follows status changes as they happen.
class RequestsPage : public Page
{
    Q_OBJECT
public:
    explicit RequestsPage(AppServices *services, QWidget *parent = nullptr);
    ~RequestsPage() override;

    // Also the sidebar's entry before the page is built (PageCatalog).
    static QString pageKey() { return QStringLiteral("requests"); }
    static QString pageTitle();
    static QString pageIconName();
    QString key() const override { return pageKey(); }
    QString title() const override { return pageTitle(); }
    QString iconName() const override { return pageIconName(); }
    void activate() override;

    RequestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RequestDetailPanel *details() const { return m_details; }
    QPushButton *refreshButton() const { return m_refresh; }
    // Shown while any request is past the date the provider had to answer by.
    NoticeBanner *overdueBanner() const { return m_overdue; }
    // Shown while the account's deletion waits out its grace period.
    DeletionBanner *deletionBanner() const { return m_deletion; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The user wants the archive of a completed export (the download flow
    // verifies the size and SHA-256 given here).
    void downloadRequested(const QString &requestId, const QString &archiveUrl,
                           const QString &sha256, qint64 sizeBytes);

private:
    QWidget *buildContent();
    void onLoaded();
    void onLoadFailed(const ApiError &error);
    void showServerRecords();
    void reloadWaiting();
    void onRecordChanged(const RequestRecord &record);
    void onCurrentChanged();
    void confirmCancel();
    void sendCancel(const QString &requestId, const QString &reason);
    void onCancelled(const QString &requestId, RequestRepository::CancelOutcome outcome,
                     const QString &message);
    void requestDownload();
    void updateState();
    void updateOverdue();
    void setLoading(bool loading);
    QString currentKey() const;
    void selectKey(const QString &key);

    AppServices *m_services;
    RequestRepository *m_requests; // null without a local store
    RequestListModel *m_model;
    QTableView *m_table = nullptr;
    RequestDetailPanel *m_details = nullptr;
    NoticeBanner *m_notice = nullptr;
    NoticeBanner *m_overdue = nullptr;
    DeletionBanner *m_deletion = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace pd
