#include "JwtVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pd::server {

namespace {

using Result = JwtVerifier::Result;

Result invalid(const char *reason)
{
    Result result;
    result.reason = QString::fromLatin1(reason);
    return result;
}

std::optional<QByteArray> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || part.contains('='))
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    const std::optional<QByteArray> bytes = decodePart(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

bool audienceMatches(const QJsonValue &aud, const QString &audience)
{
    if (aud.isString())
        return aud.toString() == audience;
    if (!aud.isArray())
        return false;
    const QJsonArray list = aud.toArray();
    return std::any_of(list.begin(), list.end(),
                       [&](const QJsonValue &value) { return value.toString() == audience; });
}

// NumericDate claims; JSON numbers arrive as doubles.
std::optional<qint64> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

Result checkClaims(const QJsonObject &claims, const JwtVerifier::Expectations &expect)
{
    if (claims.value(QStringLiteral("iss")).toString() != expect.issuer)
        return invalid("issuer mismatch");
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (!audienceMatches(aud, expect.audience))
        return invalid("audience mismatch");
    // OIDC Core §3.1.3.7 (4, 5): a token for several audiences was issued to
    // the one named in `azp`; without it, another client's token would do.
    const QJsonValue azp = claims.value(QStringLiteral("azp"));
    if (aud.isArray() && aud.toArray().size() > 1 && !azp.isString())
        return invalid("several audiences but no azp");
    if (!azp.isUndefined() && azp.toString() != expect.audience)
        return invalid("authorized party mismatch");
    const std::optional<qint64> exp = numericDate(claims, QStringLiteral("exp"));
    if (!exp || *exp + expect.leewaySeconds <= expect.nowSeconds)
        return invalid("expired");
    const std::optional<qint64> iat = numericDate(claims, QStringLiteral("iat"));
    if (!iat || *iat > expect.nowSeconds + expect.leewaySeconds)
        return invalid("issued in the future");
    if (claims.contains(QStringLiteral("nbf"))) {
        const std::optional<qint64> nbf = numericDate(claims, QStringLiteral("nbf"));
        if (!nbf || *nbf > expect.nowSeconds + expect.leewaySeconds)
            return invalid("not yet valid");
    }
    Result result;
    result.claims.subject = claims.value(QStringLiteral("sub")).toString();
    result.claims.email = claims.value(QStringLiteral("email")).toString().trimmed();
    if (result.claims.subject.isEmpty())
        return invalid("no subject");
    result.claims.nonce = claims.value(QStringLiteral("nonce")).toString();
    if (result.claims.nonce.isEmpty())
        return invalid("no nonce");
    // Strictly the boolean true: an unverified address would let whoever
    // registers someone's email at the provider take over their account.
    if (result.claims.email.isEmpty() || claims.value(QStringLiteral("email_verified")) != true)
        return invalid("email not verified");
    result.status = Result::Status::Valid;
    return result;
}

} // namespace

Result JwtVerifier::verify(const QByteArray &token, const JwkSet &keys, const Expectations &expect)
{
    if (token.size() > kMaxTokenBytes)
        return invalid("token too large");
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(2).isEmpty())
        return invalid("not a compact JWS");
    const std::optional<QJsonObject> header = decodeObject(parts.at(0));
    const std::optional<QJsonObject> claims = decodeObject(parts.at(1));
    const std::optional<QByteArray> signature = decodePart(parts.at(2));
    if (!header || !claims || !signature)
        return invalid("malformed token");

    const QString alg = header->value(QStringLiteral("alg")).toString();
    Jwk::Algorithm algorithm;
    if (alg == QLatin1String("RS256"))
        algorithm = Jwk::Algorithm::RS256;
    else if (alg == QLatin1String("ES256"))
        algorithm = Jwk::Algorithm::ES256;
    else
        return invalid("algorithm not accepted");
    if (header->contains(QStringLiteral("crit")))
        return invalid("critical header not understood");

    const QString keyId = header->value(QStringLiteral("kid")).toString();
    const QList<Jwk> candidates = keys.candidates(keyId, algorithm);
    if (candidates.isEmpty()) {
        Result result = invalid("no key for the token");
        result.keyId = keyId;
        if (!keyId.isEmpty() && !keys.containsKeyId(keyId))
            result.status = Result::Status::UnknownKey;
        return result;
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    const bool signed_ = std::any_of(candidates.begin(), candidates.end(), [&](const Jwk &key) {
        return key.verify(signingInput, *signature);
    });
    if (!signed_)
        return invalid("bad signature");
    Result result = checkClaims(*claims, expect);
    result.keyId = keyId;
    return result;
}

} // namespace pd::server
