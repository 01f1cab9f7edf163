#include "RequestListLoader.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include <QJsonArray>

namespace pd {

RequestListLoader::RequestListLoader(QObject *parent)
    : QObject(parent)
{}

void RequestListLoader::load(ApiClient *api)
{
    cancel();
    m_api = api;
    m_records.clear();
    m_pages = 0;
    if (!m_api) {
        Q_EMIT failed(ApiError::network(QStringLiteral("no active server")));
        return;
    }
    fetch({});
}

void RequestListLoader::cancel()
{
    if (ApiJob *job = m_job.data()) {
        m_job.clear();
        job->disconnect(this);
        job->cancel();
    }
}

void RequestListLoader::fetch(const QString &cursor)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/requests"))
                             .withQuery(QStringLiteral("limit"), QString::number(kPageSize));
    if (!cursor.isEmpty())
        request.withQuery(QStringLiteral("cursor"), cursor);
    m_job = m_api->send(std::move(request));
    connect(m_job, &ApiJob::finished, this, &RequestListLoader::onPage);
}

void RequestListLoader::onPage(const ApiResult &result)
{
    m_job.clear();
    if (!result.ok()) {
        Q_EMIT failed(*result.error);
        return;
    }
    const QJsonObject page = result.json.object();
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (auto record = RequestRecord::fromJson(item.toObject()))
            m_records.append(*record);
    }
    const QString next = page.value(QStringLiteral("next_cursor")).toString();
    if (!next.isEmpty() && ++m_pages < kMaxPages && m_api) {
        fetch(next);
        return;
    }
    Q_EMIT loaded(m_records);
}

} // namespace pd
