#include "AuthorizationDriver.h"

#include "OidcTestProvider.h"

#include <QEventLoop>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>

#include <memory>

namespace pd::test {

namespace {

constexpr int kMaxSteps = 20;

// oidc-provider's templates escape & < > " ' in attribute values.
QString attribute(QString value)
{
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

QString captured(const QString &html, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(html);
    return match.hasMatch() ? attribute(match.captured(1)) : QString();
}

struct ReplyDeleter {
    void operator()(QNetworkReply *reply) const { reply->deleteLater(); }
};

} // namespace

AuthorizationDriver::AuthorizationDriver(const OidcTestProvider &provider)
    : m_ssl(provider.sslConfiguration())
    , m_origin(provider.issuer())
{}

std::optional<QUrl> AuthorizationDriver::authorize(const QUrl &authorizationUrl,
                                                   const QString &login)
{
    return run(authorizationUrl, login, Mode::SignIn);
}

std::optional<QUrl> AuthorizationDriver::cancelAtLogin(const QUrl &authorizationUrl)
{
    return run(authorizationUrl, {}, Mode::Cancel);
}

bool AuthorizationDriver::isProvider(const QUrl &url) const
{
    return url.scheme() == m_origin.scheme() && url.host() == m_origin.host() &&
           url.port() == m_origin.port();
}

QNetworkReply *AuthorizationDriver::send(const QUrl &url, const QByteArray &formBody)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(30000);
    // The redirect back to the app must not be followed, and each redirect
    // inside the provider is checked to stay there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = nullptr;
    if (formBody.isNull()) {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, formBody);
    }
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

AuthorizationDriver::Delivery AuthorizationDriver::deliver(const QUrl &callback)
{
    QNetworkRequest request(callback);
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const std::unique_ptr<QNetworkReply, ReplyDeleter> reply(m_network.get(request));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Delivery delivery;
    delivery.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delivery.body = reply->readAll();
    if (delivery.status == 0)
        delivery.networkError = reply->errorString();
    return delivery;
}

std::optional<QUrl> AuthorizationDriver::run(const QUrl &authorizationUrl, const QString &login,
                                             Mode mode)
{
    static const QRegularExpression formAction(
        QStringLiteral("<form[^>]*\\saction=\"([^\"]*)\"[^>]*method=\"post\""));
    static const QRegularExpression prompt(
        QStringLiteral("<input type=\"hidden\" name=\"prompt\" value=\"([a-z]+)\""));
    static const QRegularExpression abortLink(QStringLiteral("<a href=\"([^\"]*/abort)\""));

    m_error.clear();
    // A fresh browser profile: no session at the provider, no earlier grant.
    m_network.setCookieJar(new QNetworkCookieJar);
    if (!isProvider(authorizationUrl)) {
        m_error = QStringLiteral("the authorization URL is not the provider's: ") +
                  authorizationUrl.toString();
        return std::nullopt;
    }
    QUrl url = authorizationUrl;
    QByteArray form; // null: GET
    for (int step = 0; step < kMaxSteps; ++step) {
        const std::unique_ptr<QNetworkReply, ReplyDeleter> reply(send(url, form));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 301 && status <= 308) {
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!isProvider(next))
                return next;
            url = next;
            form = QByteArray();
            continue;
        }
        const QString html = QString::fromUtf8(reply->readAll());
        if (status != 200) {
            m_error = QStringLiteral("%1 answered %2 %3: %4")
                          .arg(url.toString(), QString::number(status), reply->errorString(),
                               html.left(2000));
            return std::nullopt;
        }
        const QString page = captured(html, prompt);
        const QUrl action = url.resolved(QUrl(captured(html, formAction)));
        if (page == QLatin1String("login") && mode == Mode::Cancel) {
            url = url.resolved(QUrl(captured(html, abortLink)));
            form = QByteArray();
        } else if (page == QLatin1String("login")) {
            url = action;
            form = "prompt=login&login=" + QUrl::toPercentEncoding(login) +
                   "&password=" + QUrl::toPercentEncoding(QStringLiteral("any password"));
        } else if (page == QLatin1String("consent")) {
            url = action;
            form = QByteArrayLiteral("prompt=consent");
        } else {
            m_error =
                QStringLiteral("unexpected page at %1: %2").arg(url.toString(), html.left(2000));
            return std::nullopt;
        }
        if (!isProvider(url)) {
            m_error =
                QStringLiteral("the page at %1 leads away from the provider").arg(url.toString());
            return std::nullopt;
        }
    }
    m_error = QStringLiteral("more than %1 steps at the provider").arg(kMaxSteps);
    return std::nullopt;
}

} // namespace pd::test
