#include "auth/OidcAuthorization.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "auth/AuthLog.h"
#include "auth/IdTokenPayload.h"
#include "auth/LoopbackReceiver.h"
#include "auth/ProviderRequest.h"
#include "auth/RandomToken.h"
#include "common/JsonReader.h"
#include "net/TimerSource.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>

namespace pd {

namespace {

// A nonce shorter than this did not come from a serious generator.
constexpr qsizetype kMinNonceLength = 32;

// Compares without an early exit, so the time taken says nothing about
// how much of a guessed state was right.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

OidcAuthorization::OidcAuthorization(ApiClient *client, Discovery::OidcIssuer issuer,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_issuer(std::move(issuer))
    , m_receiver(new LoopbackReceiver(this))
    , m_browserTimer(client->timers().createTimer())
{
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &OidcAuthorization::onCallback);
}

OidcAuthorization::~OidcAuthorization() = default;

QUrl OidcAuthorization::redirectUri() const
{
    return m_receiver->redirectUri();
}

QString OidcAuthorization::providerName() const
{
    return m_issuer.displayName.isEmpty() ? m_issuer.issuer.host() : m_issuer.displayName;
}

void OidcAuthorization::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void OidcAuthorization::start()
{
    if (m_step != Step::Idle)
        return;
    setStep(Step::FetchingProvider);
    qCInfo(lcAuth) << "single sign-on started";
    m_nonceJob = m_client->send(
        ApiRequest::post(QStringLiteral("/auth/oidc/nonce"), QJsonDocument(QJsonObject{}))
            .withoutAuth());
    connect(m_nonceJob, &ApiJob::finished, this, [this](const ApiResult &result) {
        if (m_step != Step::FetchingProvider)
            return;
        if (!result.ok()) {
            fail(*result.error);
            return;
        }
        onNonce(result.json);
    });
    m_providerRequest =
        ProviderRequest::get(m_client, OidcProviderMetadata::documentUrl(m_issuer.issuer), this);
    connect(m_providerRequest, &ProviderRequest::finished, this, [this](const ApiResult &result) {
        if (m_step != Step::FetchingProvider)
            return;
        if (!result.ok()) {
            fail(*result.error, tr("%1 could not be reached to sign in: %2")
                                    .arg(providerName(), result.error->userMessage()));
            return;
        }
        onMetadata(result.json);
    });
}

void OidcAuthorization::onNonce(const QJsonDocument &json)
{
    JsonReader reader = JsonReader::fromDocument(json, QStringLiteral("oidc nonce"));
    const QString nonce = reader.string(u"nonce");
    if (reader.ok() && nonce.size() < kMinNonceLength)
        reader.fail(u"nonce", QStringLiteral("too short"));
    if (!reader.ok()) {
        fail(reader.apiError());
        return;
    }
    m_nonce = nonce;
    openAuthorization();
}

void OidcAuthorization::onMetadata(const QJsonDocument &json)
{
    ApiError error;
    m_metadata = OidcProviderMetadata::fromJson(json, m_issuer.issuer, &error);
    if (!m_metadata) {
        fail(error, tr("%1 describes itself in a way this app cannot use, so single sign-on is "
                       "not possible with it.")
                        .arg(providerName()));
        return;
    }
    openAuthorization();
}

void OidcAuthorization::openAuthorization()
{
    if (m_nonce.isEmpty() || !m_metadata)
        return;
    if (!m_receiver->listen()) {
        if (!m_receiver->moduleProblem().isEmpty()) {
            fail(ApiError::network(QStringLiteral("no sign-in module: ") +
                                   m_receiver->moduleProblem()),
                 tr("Single sign-on is not available: this installation of Privacy Dashboard "
                    "is missing its sign-in module. Sign in with your password, or reinstall "
                    "the app."));
            return;
        }
        fail(ApiError::network(QStringLiteral("no loopback listener")),
             tr("The app could not receive the answer from the browser (no local port was "
                "free)."));
        return;
    }
    m_state = RandomToken::base64Url();
    m_pkce = PkceChallenge::generate();
    QUrlQuery query(m_metadata->authorizationEndpoint.query());
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_issuer.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    query.addQueryItem(QStringLiteral("scope"), m_issuer.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("nonce"), m_nonce);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"),
                       QString::fromLatin1(PkceChallenge::kMethod));
    m_authorizationUrl = m_metadata->authorizationEndpoint;
    // Encoded here: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    m_authorizationUrl.setQuery(encoded, QUrl::StrictMode);
    setStep(Step::WaitingForBrowser);
    m_browserTimer->start(m_browserTimeout, [this] {
        if (m_step != Step::WaitingForBrowser)
            return;
        fail(ApiError::timeout(QStringLiteral("browser sign-in not finished")),
             tr("The sign-in in the browser was not finished in time. If you closed the "
                "browser, start again."));
    });
    Q_EMIT openBrowser(m_authorizationUrl);
}

QString OidcAuthorization::checkCallback(const QUrlQuery &query) const
{
    const QByteArray state = query.queryItemValue(QStringLiteral("state")).toLatin1();
    if (!equalInConstantTime(state, m_state)) {
        return tr("The browser returned an answer that does not belong to this sign-in, so it "
                  "was refused. Start the sign-in again.");
    }
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    const bool issMissing =
        m_metadata->issParameterSupported && !query.hasQueryItem(QStringLiteral("iss"));
    if (issMissing ||
        (query.hasQueryItem(QStringLiteral("iss")) && iss != m_issuer.issuer.toString())) {
        return tr("The answer in the browser came from another identity provider than %1, so it "
                  "was refused. Start the sign-in again.")
            .arg(providerName());
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied"))
        return tr("The sign-in was declined or cancelled at %1.").arg(providerName());
    if (error == QLatin1String("login_required") || error == QLatin1String("consent_required") ||
        error == QLatin1String("interaction_required"))
        return tr("%1 needs you to finish signing in there first. Start again and complete "
                  "every step in the browser.")
            .arg(providerName());
    if (error == QLatin1String("temporarily_unavailable") || error == QLatin1String("server_error"))
        return tr("%1 could not complete the sign-in right now. Try again later.")
            .arg(providerName());
    if (!error.isEmpty())
        return tr("%1 refused the sign-in (%2).").arg(providerName(), error.left(64));
    if (query.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The browser returned an incomplete answer. Start the sign-in again.");
    return {};
}

void OidcAuthorization::onCallback(const QUrlQuery &query)
{
    if (m_step != Step::WaitingForBrowser)
        return;
    // One callback only, valid or not: a second one is never looked at.
    m_browserTimer->stop();
    m_receiver->close();
    Q_EMIT browserReturned();
    const QString problem = checkCallback(query);
    if (!problem.isEmpty()) {
        m_receiver->setPageText(tr("The sign-in could not be completed: %1 You can close this "
                                   "tab and return to Privacy Dashboard.")
                                    .arg(problem));
        qCWarning(lcAuth).noquote() << "single sign-on callback refused";
        fail(ApiError::http(400, QStringLiteral("authorization response refused")), problem);
        return;
    }
    m_receiver->setPageText(tr("Signing in to Privacy Dashboard continues in the app. You can "
                               "close this tab."));
    redeem(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void OidcAuthorization::redeem(const QString &code)
{
    setStep(Step::Redeeming);
    QUrlQuery form;
    const auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    add(QStringLiteral("code"), code);
    add(QStringLiteral("redirect_uri"), redirectUri().toString());
    add(QStringLiteral("client_id"), m_issuer.clientId);
    add(QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier));
    m_providerRequest = ProviderRequest::postForm(m_client, m_metadata->tokenEndpoint, form, this);
    connect(m_providerRequest, &ProviderRequest::finished, this, [this](const ApiResult &result) {
        if (m_step != Step::Redeeming)
            return;
        if (!result.ok()) {
            const QString oauthError =
                result.json.object().value(QLatin1String("error")).toString();
            // The OAuth error code only: the description is the provider's free text.
            qCWarning(lcAuth).noquote()
                << "token endpoint refused the code:" << result.httpStatus << oauthError.left(64);
            if (oauthError == QLatin1String("invalid_grant")) {
                fail(*result.error, tr("The sign-in at %1 expired or was already used. Start "
                                       "it again.")
                                        .arg(providerName()));
            } else {
                fail(*result.error, tr("%1 did not complete the sign-in: %2")
                                        .arg(providerName(), result.error->userMessage()));
            }
            return;
        }
        onTokens(result.json);
    });
}

void OidcAuthorization::onTokens(const QJsonDocument &json)
{
    JsonReader reader = JsonReader::fromDocument(json, QStringLiteral("token response"));
    const QByteArray idToken = reader.string(u"id_token").toLatin1();
    if (!reader.ok()) {
        fail(reader.apiError(),
             tr("%1 did not send the proof of sign-in this app needs.").arg(providerName()));
        return;
    }
    ApiError error;
    const std::optional<IdTokenPayload> payload = IdTokenPayload::decode(idToken, &error);
    const QString mismatch = payload
                                 ? payload->mismatch(m_issuer.issuer.toString(), m_issuer.clientId,
                                                     m_nonce, QDateTime::currentDateTimeUtc())
                                 : error.developerDetail();
    if (!mismatch.isEmpty()) {
        qCWarning(lcAuth).noquote() << "ID token refused:" << mismatch;
        fail(ApiError::malformed(QStringLiteral("ID token refused: ") + mismatch),
             tr("%1 sent a proof of sign-in that does not belong to this sign-in, so it was "
                "refused. Start the sign-in again.")
                 .arg(providerName()));
        return;
    }
    Result result;
    result.issuer = m_issuer.issuer.toString();
    result.idToken = idToken;
    if (m_metadata->endSessionEndpoint.isValid() && !m_metadata->endSessionEndpoint.isEmpty()) {
        QUrl signOut = m_metadata->endSessionEndpoint;
        QUrlQuery query(signOut.query());
        query.addQueryItem(QStringLiteral("client_id"), m_issuer.clientId);
        signOut.setQuery(query);
        result.providerSignOutUrl = signOut;
    }
    finish();
    qCInfo(lcAuth) << "single sign-on finished in the browser";
    Q_EMIT succeeded(result);
}

void OidcAuthorization::cancel()
{
    if (m_step == Step::Idle || m_step == Step::Finished)
        return;
    fail(ApiError::cancelled());
}

void OidcAuthorization::fail(ApiError error, const QString &userMessage)
{
    if (m_step == Step::Finished)
        return;
    if (!userMessage.isEmpty())
        error.setUserMessage(userMessage);
    finish();
    Q_EMIT failed(error);
}

void OidcAuthorization::finish()
{
    // First: cancelling the jobs below reports back synchronously, and
    // those reports must find the attempt over.
    setStep(Step::Finished);
    m_browserTimer->stop();
    m_receiver->close();
    if (m_nonceJob)
        m_nonceJob->cancel();
    if (m_providerRequest)
        m_providerRequest->cancel();
    // Nothing of this attempt stays usable.
    m_state.clear();
    m_pkce = {};
}

} // namespace pd
