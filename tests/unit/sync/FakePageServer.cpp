#include "FakePageServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace pd;

namespace {

class FakePageSource : public SyncPageSource
{
public:
    explicit FakePageSource(FakePageServer *server)
        : m_server(server)
    {}
    void fetch(const SyncPageRequest &request, Callback done, BodySink body) override
    {
        const SyncPageReply reply = m_server->answer(request);
        const int generation = ++m_generation;
        QTimer::singleShot(
            0, &m_context,
            [this, generation, reply, done = std::move(done), body = std::move(body)] {
                if (generation == m_generation)
                    deliverWhole(reply, body, done);
            });
    }
    void abort() override { ++m_generation; }

private:
    FakePageServer *m_server;
    QObject m_context;
    int m_generation = 0;
};

} // namespace

void FakePageServer::setItems(const QString &apiPath, const QString &timeField,
                              QList<QJsonObject> items)
{
    QMutexLocker lock(&m_mutex);
    m_timeFields[apiPath] = timeField;
    m_items[apiPath] = std::move(items);
}

void FakePageServer::addItems(const QString &apiPath, const QList<QJsonObject> &items)
{
    QMutexLocker lock(&m_mutex);
    m_items[apiPath] += items;
}

void FakePageServer::failNext(const QList<ApiError> &errors)
{
    QMutexLocker lock(&m_mutex);
    m_failures += errors;
}

void FakePageServer::refuseCursor(const QString &cursor)
{
    QMutexLocker lock(&m_mutex);
    m_refusedCursors << cursor;
}

QList<FakePageServer::Seen> FakePageServer::seen() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

SyncPageReply FakePageServer::answer(const SyncPageRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_seen.append({request, QThread::currentThread()});
    SyncPageReply reply;
    if (!m_failures.isEmpty()) {
        reply.error = m_failures.takeFirst();
        return reply;
    }
    if (m_refusedCursors.contains(request.cursor) ||
        (!request.cursor.isEmpty() && !request.cursor.startsWith(u"page:"))) {
        reply.error =
            ApiError::problem(400, QStringLiteral("bad-request"), QStringLiteral("cursor"));
        return reply;
    }
    const QString timeField = m_timeFields.value(request.apiPath);
    QList<QJsonObject> items = m_items.value(request.apiPath);
    std::sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        return a.value(timeField).toString() > b.value(timeField).toString();
    });
    if (!request.since.isEmpty()) {
        items.removeIf([&](const QJsonObject &item) {
            return item.value(timeField).toString() < request.since;
        });
    }
    const int offset = request.cursor.isEmpty() ? 0 : request.cursor.mid(5).toInt();
    QJsonArray page;
    for (int i = offset; i < items.size() && i < offset + request.limit; ++i)
        page.append(items.at(i));
    const int next = offset + request.limit;
    const QJsonObject body{
        {QStringLiteral("items"), page},
        {QStringLiteral("next_cursor"),
         next < items.size() ? QJsonValue(QStringLiteral("page:%1").arg(next)) : QJsonValue()},
        {QStringLiteral("total"), int(items.size())}};
    reply.ok = true;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

std::unique_ptr<SyncPageSource> FakePageServer::createSource()
{
    return std::make_unique<FakePageSource>(this);
}

QList<QJsonObject> makeVisits(int count, int first, const QString &title)
{
    const QDateTime newest(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    QList<QJsonObject> visits;
    for (int i = first; i < first + count; ++i) {
        visits.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("v%1").arg(i)},
            {QStringLiteral("started_at"), newest.addSecs(-60LL * i).toString(Qt::ISODateWithMs)},
            {QStringLiteral("duration_seconds"), i % 300},
            {QStringLiteral("ip_address"), QStringLiteral("198.51.100.7")},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("city"), QStringLiteral("Porto")},
                         {QStringLiteral("region"), QJsonValue::Null},
                         {QStringLiteral("country"), QStringLiteral("PT")}}},
            {QStringLiteral("browser"), QStringLiteral("Firefox")},
            {QStringLiteral("browser_version"), QJsonValue::Null},
            {QStringLiteral("device_type"), QStringLiteral("desktop")},
            {QStringLiteral("language"), QStringLiteral("pt-PT")},
            {QStringLiteral("page_title"),
             title.isEmpty() ? QStringLiteral("Page %1").arg(i) : title},
            {QStringLiteral("page_url"), QStringLiteral("https://example.com/p/%1").arg(i)},
            {QStringLiteral("referrer"), QJsonValue::Null},
            {QStringLiteral("next_site"), QJsonValue::Null},
        });
    }
    return visits;
}
