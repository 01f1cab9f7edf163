#include "auth/IdTokenPayload.h"

#include "common/JsonGuard.h"
#include "common/JsonReader.h"

#include <QJsonArray>

namespace pd {

namespace {
constexpr qsizetype kMaxTokenBytes = 16 * 1024;
constexpr int kClockSkewSeconds = 300;
} // namespace

std::optional<IdTokenPayload> IdTokenPayload::decode(const QByteArray &idToken, ApiError *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = ApiError::malformed(why);
        return std::nullopt;
    };
    if (idToken.size() > kMaxTokenBytes)
        return fail(QStringLiteral("ID token too large"));
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3)
        return fail(QStringLiteral("ID token is not a signed JWT"));
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(QStringLiteral("ID token payload is not base64url"));
    ApiError parseError;
    const std::optional<QJsonDocument> document =
        JsonGuard::parse(*decoded, &parseError, JsonGuard::Limits{kMaxTokenBytes, 8});
    if (!document) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    JsonReader reader = JsonReader::fromDocument(*document, QStringLiteral("id_token"));
    IdTokenPayload payload;
    payload.issuer = reader.string(u"iss");
    payload.subject = reader.string(u"sub");
    if (reader.json().value(u"aud").isArray())
        payload.audiences = reader.strings(u"aud");
    else
        payload.audiences = QStringList{reader.string(u"aud")};
    payload.authorizedParty = reader.optionalString(u"azp").value_or(QString());
    payload.nonce = reader.optionalString(u"nonce").value_or(QString());
    const qint64 exp = reader.integer(u"exp", 0, std::numeric_limits<qint64>::max());
    payload.expiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC);
    if (!reader.ok()) {
        if (error)
            *error = reader.apiError();
        return std::nullopt;
    }
    return payload;
}

QString IdTokenPayload::mismatch(const QString &expectedIssuer, const QString &clientId,
                                 const QString &expectedNonce, const QDateTime &now) const
{
    if (issuer != expectedIssuer)
        return QStringLiteral("issuer differs");
    if (!audiences.contains(clientId))
        return QStringLiteral("audience lacks this client");
    if (!authorizedParty.isEmpty() ? authorizedParty != clientId : audiences.size() > 1)
        return QStringLiteral("authorized party is not this client");
    if (expectedNonce.isEmpty() || nonce != expectedNonce)
        return QStringLiteral("nonce is not this attempt's");
    // The backend checks expiry exactly; here only a token that is clearly
    // stale is refused, so a user clock a few minutes off does not block.
    if (expiresAt.addSecs(kClockSkewSeconds) <= now)
        return QStringLiteral("expired");
    return {};
}

} // namespace pd
