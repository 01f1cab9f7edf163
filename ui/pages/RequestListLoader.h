#pragma once

#include "api/ApiError.h"
#include "widgets/RequestRecord.h"

#include <QObject>
#include <QPointer>

namespace pd {

class ApiClient;
class ApiJob;
struct ApiResult;

// Reads every page of GET /requests (newest first), one page after the
// other, then reports the whole list once. Cancellable; a new load() drops
// the previous one.
class RequestListLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 100;

    explicit RequestListLoader(QObject *parent = nullptr);

    void load(ApiClient *api);
    void cancel();
    bool isLoading() const { return !m_job.isNull(); }

Q_SIGNALS:
    void loaded(const QList<pd::RequestRecord> &records);
    void failed(const pd::ApiError &error);

private:
    void fetch(const QString &cursor);
    void onPage(const ApiResult &result);

    QPointer<ApiClient> m_api;
    QPointer<ApiJob> m_job;
    QList<RequestRecord> m_records;
    int m_pages = 0;
};

} // namespace pd
