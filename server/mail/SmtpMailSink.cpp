#include "SmtpMailSink.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace pd::server {

namespace {

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype chunk = std::min(room, left);
    if (chunk > 0) {
        std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(chunk));
        upload->offset += chunk;
    }
    return size_t(chunk);
}

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

struct CurlEasyDeleter {
    void operator()(CURL *handle) const { curl_easy_cleanup(handle); }
};
struct CurlListDeleter {
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpMailSink::SmtpMailSink(QUrl relay, QString extraCaFile, QString password, int timeoutSeconds)
    : m_relay(std::move(relay))
    , m_extraCaFile(std::move(extraCaFile))
    , m_password(std::move(password))
    , m_timeoutSeconds(timeoutSeconds)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SmtpMailSink::~SmtpMailSink() = default;

bool SmtpMailSink::isValidRelay(const QUrl &relay, QString *error)
{
    if (!relay.isValid() || relay.host().isEmpty() ||
        (relay.scheme() != QLatin1String("smtp") && relay.scheme() != QLatin1String("smtps"))) {
        *error = QStringLiteral("the relay must be an smtp:// or smtps:// URL with a host");
        return false;
    }
    if (!relay.password().isEmpty()) {
        *error = QStringLiteral("the relay URL must not hold the password (the process list "
                                "shows it): set PD_SMTP_PASSWORD");
        return false;
    }
    return true;
}

bool SmtpMailSink::send(const MailMessage &message, QString *error)
{
    const std::unique_ptr<CURL, CurlEasyDeleter> curl(curl_easy_init());
    if (!curl) {
        *error = QStringLiteral("cannot start an SMTP session");
        return false;
    }
    QString domain = QHostInfo::localHostName();
    if (domain.isEmpty())
        domain = QStringLiteral("localhost");
    Upload upload{message.toRfc5322(QDateTime::currentDateTimeUtc(), domain), 0};

    QUrl target = m_relay;
    target.setUserName(QString());
    target.setPath(QLatin1Char('/') + domain); // the EHLO name
    const QByteArray url = target.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray user = m_relay.userName().toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray from = '<' + message.from.toUtf8() + '>';
    const QByteArray ca = m_extraCaFile.toLocal8Bit();
    std::unique_ptr<curl_slist, CurlListDeleter> recipients(
        curl_slist_append(nullptr, QByteArray('<' + message.to.toUtf8() + '>').constData()));

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(m_timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(m_timeoutSeconds));
    // A relay elsewhere is reached over TLS only; a local MTA may not offer it.
    curl_easy_setopt(handle, CURLOPT_USE_SSL,
                     isLoopbackHost(m_relay.host()) ? long(CURLUSESSL_TRY) : long(CURLUSESSL_ALL));
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!ca.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, ca.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);

    const CURLcode result = curl_easy_perform(handle);
    if (result != CURLE_OK) {
        // curl's text names the step (connect, TLS, RCPT...), never the address.
        *error = QStringLiteral("SMTP relay: ") + QString::fromUtf8(curl_easy_strerror(result));
        return false;
    }
    return true;
}

} // namespace pd::server
