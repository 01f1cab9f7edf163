#include "OidcVerifier.h"

#include "kernel/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace pd::server {

Q_LOGGING_CATEGORY(lcOidc, "pd.server.auth.oidc")

namespace {

// While no keys are known every sign-in fails, so retry soon (matching the
// Retry-After: 1 the client gets); an unknown `kid` with keys at hand is
// more often a forged token than a rotation, so re-fetch rarely then.
constexpr qint64 kRetryWithoutKeysMs = 1000;
constexpr qint64 kRefetchForNewKeyMs = 10 * 1000;
constexpr qint64 kMaxDocumentBytes = 1024 * 1024;
constexpr int kTimeoutMs = 10000;

std::optional<QJsonObject> readJsonObject(QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError)
        return std::nullopt;
    const QByteArray body = reply->read(kMaxDocumentBytes + 1);
    if (body.size() > kMaxDocumentBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

OidcVerifier::OidcVerifier(const ServerConfig &config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    for (const auto &issuer : config.oidcIssuers)
        m_issuers.insert(issuer.issuer, IssuerState{issuer, {}, false, false, 0});
    if (m_issuers.isEmpty())
        return; // no outgoing calls: skip loading the system CA store
    m_ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities = QSslConfiguration::systemCaCertificates();
    if (!config.extraCaCertificates.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(config.extraCaCertificates);
        if (extra.isEmpty())
            qCWarning(lcOidc) << "no certificate found in the --trust-ca file";
        authorities += extra;
    }
    m_ssl.setCaCertificates(authorities);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

OidcVerifier::~OidcVerifier() = default;

void OidcVerifier::start()
{
    for (auto it = m_issuers.begin(); it != m_issuers.end(); ++it)
        fetch(it.key());
}

OidcVerifier::Result OidcVerifier::verify(const OidcIssuerConfig &issuer, const QByteArray &idToken)
{
    Result result;
    const auto it = m_issuers.find(issuer.issuer);
    if (it == m_issuers.end())
        return result;
    IssuerState &state = *it;
    if (!state.loaded) {
        fetchIfAllowed(state);
        result.status = Result::Status::Unavailable;
        return result;
    }
    const JwtVerifier::Expectations expect{issuer.issuer, issuer.clientId, m_clock.nowMs() / 1000,
                                           60};
    const JwtVerifier::Result verified = JwtVerifier::verify(idToken, state.keys, expect);
    switch (verified.status) {
    case JwtVerifier::Result::Status::Valid:
        result.status = Result::Status::Valid;
        result.claims = verified.claims;
        break;
    case JwtVerifier::Result::Status::UnknownKey:
        // Providers rotate keys: a new `kid` may be in a fresh JWKS.
        result.unknownKey = true;
        if (fetchIfAllowed(state))
            result.status = Result::Status::Unavailable;
        break;
    case JwtVerifier::Result::Status::Invalid:
        qCInfo(lcOidc) << "ID token rejected:" << verified.reason;
        break;
    }
    return result;
}

bool OidcVerifier::fetchIfAllowed(IssuerState &state)
{
    if (state.fetching)
        return true;
    const qint64 interval = state.loaded ? kRefetchForNewKeyMs : kRetryWithoutKeysMs;
    if (m_clock.nowMs() - state.lastFetchMs < interval)
        return false;
    fetch(state.config.issuer);
    return true;
}

QNetworkReply *OidcVerifier::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    // Qt 6.4.2's HTTP/2 has known holes (CVE-2023-51714 in HPACK,
    // CVE-2024-39936: the request goes out before encrypted() handlers run).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(kTimeoutMs);
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader("Accept", "application/json");
    return m_network->get(request);
}

void OidcVerifier::fetch(const QString &issuer)
{
    IssuerState &state = m_issuers[issuer];
    state.fetching = true;
    state.lastFetchMs = m_clock.nowMs();
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QStringLiteral("/.well-known/openid-configuration"));
    if (url.scheme() != QLatin1String("https") || !url.isValid())
        return fetchFailed(issuer, "the issuer is not an https URL");
    QNetworkReply *reply = get(url);
    connect(reply, &QNetworkReply::finished, this,
            [this, issuer, reply] { discoveryFinished(issuer, reply); });
}

void OidcVerifier::discoveryFinished(const QString &issuer, QNetworkReply *reply)
{
    reply->deleteLater();
    const std::optional<QJsonObject> document = readJsonObject(reply);
    if (!document)
        return fetchFailed(issuer, "discovery document unavailable");
    // OIDC Discovery §4.3: the document must be about the issuer we asked.
    if (document->value(QStringLiteral("issuer")).toString() != issuer)
        return fetchFailed(issuer, "discovery document names another issuer");
    const QUrl jwksUri(document->value(QStringLiteral("jwks_uri")).toString());
    if (!jwksUri.isValid() || jwksUri.scheme() != QLatin1String("https"))
        return fetchFailed(issuer, "jwks_uri is not an https URL");
    QNetworkReply *jwksReply = get(jwksUri);
    connect(jwksReply, &QNetworkReply::finished, this,
            [this, issuer, jwksReply] { jwksFinished(issuer, jwksReply); });
}

void OidcVerifier::jwksFinished(const QString &issuer, QNetworkReply *reply)
{
    reply->deleteLater();
    const std::optional<QJsonObject> document = readJsonObject(reply);
    if (!document)
        return fetchFailed(issuer, "JWKS unavailable");
    JwkSet keys = JwkSet::fromJson(*document);
    if (keys.isEmpty())
        return fetchFailed(issuer, "JWKS holds no usable signing key");
    IssuerState &state = m_issuers[issuer];
    state.keys = std::move(keys);
    state.loaded = true;
    state.fetching = false;
    qCInfo(lcOidc) << "loaded" << state.keys.size() << "signing keys of" << issuer;
}

void OidcVerifier::fetchFailed(const QString &issuer, const char *what)
{
    IssuerState &state = m_issuers[issuer];
    state.fetching = false;
    // Keys already loaded stay in use: a provider outage must not end
    // sign-ins with tokens signed by keys we already trust.
    qCWarning(lcOidc) << "cannot refresh the keys of" << issuer << "-" << what;
}

} // namespace pd::server
