#include "RequestsPage.h"

#include "RequestListLoader.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "outbox/Outbox.h"
#include "outbox/RequestTracker.h"
#include "requests/RequestType.h"
#include "widgets/FieldFormat.h"
#include "widgets/NoticeBanner.h"
#include "widgets/RequestDetailPanel.h"
#include "widgets/RequestListModel.h"

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
    , m_model(new RequestListModel(this))
    , m_loader(new RequestListLoader(this))
{
    setAccessibleName(tr("Requests"));
    setContent(buildContent());
    connect(m_loader, &RequestListLoader::loaded, this, &RequestsPage::onLoaded);
    connect(m_loader, &RequestListLoader::failed, this, &RequestsPage::onLoadFailed);
    connect(this, &Page::retryRequested, this, &RequestsPage::reload);
    connect(services, &AppServices::signedIn, this, &RequestsPage::reload);
    connect(services, &AppServices::signedOut, this, [this] {
        m_loader->cancel();
        m_model->setServerRecords({});
        m_loadedOnce = false;
        reloadWaiting();
    });
    connect(services, &AppServices::requestStatusChanged, this,
            [this](const QString &id) { refreshOne(id); });
    if (Outbox *outbox = services->outbox()) {
        connect(outbox, &Outbox::submitted, this, &RequestsPage::reloadWaiting);
        connect(outbox, &Outbox::stateChanged, this, [this, outbox](qint64 id) {
            if (const auto item = outbox->item(id); item && !item->serverRequest.isEmpty())
                upsert(item->serverRequest);
            reloadWaiting();
        });
    }
    reloadWaiting();
    updateState();
}

RequestsPage::~RequestsPage() = default;

QString RequestsPage::title() const
{
    return tr("Requests");
}

QString RequestsPage::iconName() const
{
    return QStringLiteral("mail-send");
}

QWidget *RequestsPage::buildContent()
{
    auto *content = new QWidget(this);
    m_notice = new NoticeBanner(content);
    m_notice->hide();
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
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins({});
    layout->addWidget(m_overdue);
    layout->addWidget(m_notice);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &RequestsPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &RequestsPage::reload);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
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
    ApiClient *api = m_services->api();
    if (!api) {
        updateState();
        return;
    }
    setLoading(true);
    m_loader->load(api);
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

void RequestsPage::onLoaded(const QList<RequestRecord> &records)
{
    setLoading(false);
    m_loadedOnce = true;
    m_loadError.clear();
    const QString key = currentKey();
    m_model->setServerRecords(records);
    selectKey(key);
    m_status->setText(tr("Updated %1").arg(FieldFormat::dateTime(QDateTime::currentDateTime())));
    // Follow open requests made elsewhere too (the tracker already follows
    // those sent from here; tracking twice is harmless).
    if (RequestTracker *tracker = m_services->requestTracker()) {
        for (const RequestRecord &record : records) {
            if (!record.isFinal())
                tracker->track(record.id, record.status);
        }
    }
    updateState();
}

void RequestsPage::onLoadFailed(const ApiError &error)
{
    setLoading(false);
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_loadError = error.userMessage();
    m_status->setText(tr("Could not refresh: %1").arg(m_loadError));
    updateState();
}

void RequestsPage::reloadWaiting()
{
    QList<RequestRecord> waiting;
    if (Outbox *outbox = m_services->outbox()) {
        const QList<OutboxItem> items = outbox->items();
        // Newest first, like the server's list.
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (it->state != OutboxItem::State::Sent)
                waiting.append(RequestRecord::fromOutbox(*it));
        }
    }
    const QString key = currentKey();
    m_model->setWaitingRecords(waiting);
    selectKey(key);
    updateState();
}

void RequestsPage::refreshOne(const QString &requestId)
{
    ApiClient *api = m_services->api();
    if (!api)
        return;
    ApiJob *job = api->send(ApiRequest::get(QStringLiteral("/requests/") + requestId));
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        if (result.ok())
            upsert(result.json.object());
    });
}

void RequestsPage::upsert(const QJsonObject &json)
{
    if (const auto record = RequestRecord::fromJson(json)) {
        m_model->upsert(*record);
        updateState();
    }
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
    } else if (m_loader->isLoading() || (!m_loadedOnce && m_loadError.isEmpty())) {
        showLoading(tr("Loading your requests…"));
    } else if (!m_loadError.isEmpty()) {
        showError(m_loadError);
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
            .arg(record->typeText(), FieldFormat::dateTime(record->createdAt));
    if (isRequestType(record->type, RequestType::Delete))
        consequences += u'\n' + tr("Your account and data will then be kept.");
    auto *dialog = new TypedConfirmationDialog(tr("Cancel this request?"), consequences,
                                               tr("cancel"), tr("&Cancel request"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = record->id;
    connect(dialog, &QDialog::accepted, this, [this, id] { sendCancel(id); });
    dialog->open();
}

void RequestsPage::sendCancel(const QString &requestId)
{
    ApiClient *api = m_services->api();
    if (!api || m_cancelJob)
        return;
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/requests/") + requestId + QStringLiteral("/cancel"), {});
    request.body.reset(); // the endpoint takes no body
    m_cancelJob = api->send(std::move(request));
    m_details->setBusy(true);
    m_notice->showNotice(NoticeBanner::Kind::Information, tr("Cancelling the request…"));
    connect(m_cancelJob, &ApiJob::finished, this,
            [this, requestId](const ApiResult &result) { onCancelled(requestId, result); });
}

void RequestsPage::onCancelled(const QString &requestId, const ApiResult &result)
{
    m_details->setBusy(false);
    if (result.ok()) {
        upsert(result.json.object());
        m_notice->showNotice(NoticeBanner::Kind::Information, tr("The request was cancelled."));
        return;
    }
    if (result.error->httpStatus() == 409) {
        m_notice->showNotice(NoticeBanner::Kind::Warning,
                             tr("The request has already ended and can no longer be "
                                "cancelled."));
    } else {
        m_notice->showNotice(
            NoticeBanner::Kind::Error,
            tr("The request was not cancelled: %1").arg(result.error->userMessage()));
    }
    refreshOne(requestId);
}

void RequestsPage::requestDownload()
{
    const RequestRecord *record = m_model->record(m_table->currentIndex().row());
    if (record && record->hasArchive()) {
        Q_EMIT downloadRequested(record->id, record->archiveUrl(), record->archiveSha256(),
                                 record->archiveSize());
    }
}

} // namespace pd
