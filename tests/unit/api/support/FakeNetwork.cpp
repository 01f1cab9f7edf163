#include "FakeNetwork.h"

#include <QTimer>

namespace pd::test {

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse response;
    response.hang = true;
    return response;
}

FakeResponse FakeResponse::problem(int status, const QString &slug,
                                   QList<QPair<QByteArray, QByteArray>> extraHeaders)
{
    FakeResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/problem+json"}};
    response.headers += extraHeaders;
    response.body =
        QStringLiteral(
            R"({"type":"urn:privacy-dashboard:problem:%1","title":"T","status":%2,"detail":"d","instance":"/api/v1/x"})")
            .arg(slug)
            .arg(status)
            .toUtf8();
    return response;
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest record;
    switch (op) {
    case GetOperation:
        record.method = "GET";
        break;
    case HeadOperation:
        record.method = "HEAD";
        break;
    case PostOperation:
        record.method = "POST";
        break;
    case PutOperation:
        record.method = "PUT";
        break;
    case DeleteOperation:
        record.method = "DELETE";
        break;
    default:
        record.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    record.url = request.url();
    record.request = request;
    for (const QByteArray &name : request.rawHeaderList())
        record.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        record.body = outgoingData->readAll();
    m_requests.append(record);
    FakeResponse response = m_handler ? m_handler(record) : FakeResponse::json(404, "{}");
    return new FakeReply(this, request, op, record.method, std::move(response));
}

FakeReply::FakeReply(FakeNetworkAccessManager *manager, const QNetworkRequest &request,
                     QNetworkAccessManager::Operation op, const QByteArray &verb,
                     FakeResponse response)
    : QNetworkReply(manager)
    , m_manager(manager)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QMetaObject::invokeMethod(this, &FakeReply::deliver, Qt::QueuedConnection);
}

void FakeReply::deliver()
{
    if (m_done || m_response.hang)
        return;
    if (m_response.networkError != QNetworkReply::NoError) {
        setError(m_response.networkError, QStringLiteral("fake network error"));
        Q_EMIT errorOccurred(m_response.networkError);
        complete();
        return;
    }
    if (m_response.redirectTo.isValid() && !m_redirectAllowed) {
        connect(this, &QNetworkReply::redirectAllowed, this, [this] {
            m_redirectAllowed = true;
            setUrl(m_response.redirectTo);
            QMetaObject::invokeMethod(this, &FakeReply::deliver, Qt::QueuedConnection);
        });
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 302);
        setRawHeader("Location", m_response.redirectTo.toEncoded());
        Q_EMIT redirected(m_response.redirectTo);
        return; // waits for redirectAllowed() (or an abort), as Qt does
    }
    deliverAnswer();
}

void FakeReply::deliverAnswer()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    if (m_response.status >= 400)
        setError(QNetworkReply::ProtocolFailure, QStringLiteral("HTTP %1").arg(m_response.status));
    Q_EMIT metaDataChanged();
    if (m_done)
        return; // aborted from metaDataChanged
    if (m_response.streamBytes >= 0) {
        produce();
        return;
    }
    m_buffer = m_response.body;
    if (m_manager)
        m_manager->m_bytesProduced += m_buffer.size();
    if (!m_buffer.isEmpty()) {
        Q_EMIT readyRead();
        if (m_done)
            return;
        Q_EMIT downloadProgress(m_buffer.size(), m_buffer.size());
    }
    complete();
}

void FakeReply::produce()
{
    if (m_done)
        return;
    if (!m_buffer.isEmpty()) {
        // The reader has not taken the last chunk yet: wait for it.
        QTimer::singleShot(0, this, &FakeReply::produce);
        return;
    }
    const qint64 size = qMin(m_response.chunkSize, m_response.streamBytes - m_produced);
    if (size <= 0) {
        complete();
        return;
    }
    m_buffer = QByteArray(size, ' ');
    m_produced += size;
    if (m_manager)
        m_manager->m_bytesProduced += size;
    Q_EMIT readyRead();
    if (m_done)
        return;
    Q_EMIT downloadProgress(m_produced, -1);
    QTimer::singleShot(0, this, &FakeReply::produce);
}

void FakeReply::complete()
{
    if (m_done)
        return;
    m_done = true;
    setFinished(true);
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    if (m_manager)
        ++m_manager->m_aborted;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    m_buffer.clear();
    complete();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_buffer.size());
    if (count == 0)
        return m_done ? -1 : 0;
    memcpy(data, m_buffer.constData(), size_t(count));
    m_buffer.remove(0, count);
    return count;
}

} // namespace pd::test
