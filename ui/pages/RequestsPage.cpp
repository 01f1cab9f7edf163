#include "RequestsPage.h"

#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "requests/CancelRequestDialog.h"
#include "requests/DeletionBanner.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestListModel.h"
#include "requests/RequestText.h"
#include "widgets/FieldFormat.h"
#include "widgets/NoticeBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

RequestsPage::RequestsPage(AppServices *services, QWidget *parent)
    : Page(parent)
    , m_services(services)
    , m_requests(services->requests())
    , m_model(new RequestListModel(this))
{
    setAccessibleName(tr("Requests"));
    setContent(buildContent());
    connect(this, &Page::retryRequested, this, &RequestsPage::reload);
    connect(services, &AppServices::signedIn, this, &RequestsPage::reload);
    connect(services, &AppServices::signedOut, this, &RequestsPage::updateState);
    if (m_requests) {
        connect(m_requests, &RequestRepository::loaded, this, &RequestsPage::onLoaded);
        connect(m_requests, &RequestRepository::loadFailed, this, &RequestsPage::onLoadFailed);
        connect(m_requests, &RequestRepository::serverRecordsReset, this,
                &RequestsPage::showServerRecords);
        connect(m_requests, &RequestRepository::waitingChanged, this, &RequestsPage::reloadWaiting);
        connect(m_requests, &RequestRepository::recordChanged, this,
                &RequestsPage::onRecordChanged);
        connect(m_requests, &RequestRepository::cancelFinished, this, &RequestsPage::onCancelled);
    }
    reloadWaiting();
    updateState();
}

RequestsPage::~RequestsPage() = default;

QString RequestsPage::pageTitle()
{
    return tr("Requests");
}

QString RequestsPage::pageIconName()
{
    return QStringLiteral("mail-send");
}

QWidget *RequestsPage::buildContent()
{
    auto *content = new QWidget(this);
    m_notice = new NoticeBanner(content);
    m_notice->hide();
    m_deletion = new DeletionBanner(m_requests, m_services->discovery(), content);
    connect(m_deletion, &DeletionBanner::cancelConfirmed, this, [this] {
        m_notice->showNotice(NoticeBanner::Kind::Information,
                             tr("The deletion was cancelled. Your account stays as it is."));
    });
    m_overdue = new NoticeBanner(NoticeBanner::Kind::Warning, QString(), content);
    m_overdue->setAccessibleName(tr("Overdue requests"));
    m_overdue->hide();
    m_status = new QLabel(content);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("List status"));
    m_busy = new QProgressBar(content);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Loading requests"));
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_busy->hide();
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setAccessibleName(tr("Refresh requests"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_stop = new QPushButton(tr("&Stop"), content);
    m_stop->setAccessibleName(tr("Stop refreshing"));
    m_stop->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_stop);
    bar->addWidget(m_refresh);

    m_table = new QTableView(content);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Your requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(RequestListModel::Type, 26 * charWidth);
    m_table->setColumnWidth(RequestListModel::Status, 20 * charWidth);
    m_table->setColumnWidth(RequestListModel::Created, 24 * charWidth);

    m_details = new RequestDetailPanel(content);
    m_details->setReceipts(m_services->receipts());
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins({});
    layout->addWidget(m_deletion);
    layout->addWidget(m_overdue);
    layout->addWidget(m_notice);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &RequestsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &RequestsPage::reload);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_requests)
            m_requests->stopLoading();
        setLoading(false);
        m_status->setText(tr("Refresh stopped."));
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RequestsPage::onCurrentChanged);
    connect(m_details, &RequestDetailPanel::cancelClicked, this, &RequestsPage::confirmCancel);
    connect(m_details, &RequestDetailPanel::downloadClicked, this, &RequestsPage::requestDownload);
    setTabOrder(m_refresh, m_table);
    return content;
}

void RequestsPage::activate()
{
    reload();
}

void RequestsPage::reload()
{
    reloadWaiting();
    if (!m_requests || !m_services->api()) {
        updateState();
        return;
    }
    setLoading(true);
    m_requests->reload();
    updateState();
}

void RequestsPage::setLoading(bool loading)
{
    m_busy->setVisible(loading);
    m_stop->setVisible(loading);
    m_refresh->setEnabled(!loading);
    if (loading)
        m_status->setText(tr("Refreshing…"));
}

void RequestsPage::onLoaded()
{
    setLoading(false);
    m_status->setText(tr("Updated %1").arg(FieldFormat::dateTime(QDateTime::currentDateTime())));
    updateState();
}

void RequestsPage::showServerRecords()
{
    const QString key = currentKey();
    m_model->setServerRecords(m_requests->serverRecords());
    selectKey(key);
    updateState();
}

void RequestsPage::onLoadFailed(const ApiError &error)
{
    setLoading(false);
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_status->setText(tr("Could not refresh: %1").arg(error.userMessage()));
    updateState();
}

void RequestsPage::reloadWaiting()
{
    const QList<RequestRecord> waiting =
        m_requests ? m_requests->waitingRecords() : QList<RequestRecord>();
    const QString key = currentKey();
    m_model->setWaitingRecords(waiting);
    selectKey(key);
    updateState();
}

void RequestsPage::onRecordChanged(const RequestRecord &record)
{
    m_model->upsert(record);
    updateState();
}

void RequestsPage::updateOverdue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        overdue += m_model->record(row)->isOverdue(now) ? 1 : 0;
    if (overdue == 0) {
        m_overdue->hide();
        return;
    }
    m_overdue->showNotice(
        NoticeBanner::Kind::Warning,
        tr("%n request(s) passed the date by which the provider had to answer. You can ask the "
           "provider about it, or complain to your data protection authority.",
           nullptr, overdue));
}

void RequestsPage::updateState()
{
    updateOverdue();
    AuthService *auth = m_services->auth();
    if (!auth || !auth->isSignedIn()) {
        showEmpty(tr("Sign in to see your requests."));
    } else if (m_model->rowCount() > 0) {
        showContent();
    } else if (!m_requests) {
        showEmpty(tr("You have not made any requests yet."));
    } else if (m_requests->isLoading() ||
               (!m_requests->hasLoaded() && m_requests->loadError().isEmpty())) {
        showLoading(tr("Loading your requests…"));
    } else if (!m_requests->loadError().isEmpty()) {
        showError(m_requests->loadError());
    } else {
        showEmpty(tr("You have not made any requests yet."));
    }
}

QString RequestsPage::currentKey() const
{
    return m_table->currentIndex().data(RequestListModel::KeyRole).toString();
}

void RequestsPage::selectKey(const QString &key)
{
    const int row = key.isEmpty() ? -1 : m_model->rowOf(key);
    if (row >= 0)
        m_table->selectRow(row);
    else
        onCurrentChanged();
}

void RequestsPage::onCurrentChanged()
{
    const RequestRecord *record = m_model->record(m_table->currentIndex().row());
    if (record)
        m_details->setRecord(*record);
    else
        m_details->clearRecord();
}

void RequestsPage::confirmCancel()
{
    const RequestRecord *record = m_model->record(m_table->currentIndex().row());
    if (!record || !record->canCancel())
        return;
    QString consequences =
        tr("The provider will stop working on your request “%1” made on %2. This cannot be "
           "undone: to ask again you will have to make a new request.")
            .arg(RequestText::type(*record), FieldFormat::dateTime(record->createdAt));
    if (record->is(RequestType::Delete))
        consequences += u'\n' + tr("Your account and data will then be kept.");
    auto *dialog = new CancelRequestDialog(consequences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = record->id;
    connect(dialog, &QDialog::accepted, this,
            [this, id, dialog] { sendCancel(id, dialog->reason()); });
    dialog->open();
}

void RequestsPage::sendCancel(const QString &requestId, const QString &reason)
{
    if (!m_requests || m_requests->isCancelling())
        return;
    m_details->setBusy(true);
    m_notice->showNotice(NoticeBanner::Kind::Information, tr("Cancelling the request…"));
    m_requests->cancel(requestId, reason);
}

void RequestsPage::onCancelled(const QString &, RequestRepository::CancelOutcome outcome,
                               const QString &message)
{
    m_details->setBusy(false);
    switch (outcome) {
    case RequestRepository::CancelOutcome::Cancelled:
        m_notice->showNotice(NoticeBanner::Kind::Information, tr("The request was cancelled."));
        break;
    case RequestRepository::CancelOutcome::AlreadyEnded:
        m_notice->showNotice(NoticeBanner::Kind::Warning,
                             tr("The request has already ended and can no longer be "
                                "cancelled."));
        break;
    case RequestRepository::CancelOutcome::Failed:
        m_notice->showNotice(NoticeBanner::Kind::Error,
                             tr("The request was not cancelled: %1").arg(message));
        break;
    case RequestRepository::CancelOutcome::Queued:
        m_notice->showNotice(NoticeBanner::Kind::Information,
                             tr("Your cancellation is saved and will be sent as soon as the "
                                "server can be reached. The request's status will show when it "
                                "was."));
        break;
    }
}

void RequestsPage::requestDownload()
{
    const RequestRecord *record = m_model->record(m_table->currentIndex().row());
    if (const auto archive = record ? record->exportResult() : std::nullopt) {
        Q_EMIT downloadRequested(archive->requestId, archive->archiveUrl.toString(),
                                 archive->sha256, archive->sizeBytes);
    }
}

} // namespace pd
