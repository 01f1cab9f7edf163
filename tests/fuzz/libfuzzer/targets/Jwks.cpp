// A JWKS document as the server fetches it from an OpenID Provider: every
// key through Jwk::fromJson (RSA and P-256 parameters into OpenSSL), then
// the seeds' signed tokens verified against whatever keys it yields.
#include "FuzzTargets.h"

#include "auth/JwkSet.h"
#include "auth/JwtVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::fuzz {

namespace {

// The claims the seeds' tokens were made for (as in IdToken.cpp).
const server::JwtVerifier::Expectations kExpect{QStringLiteral("https://id.example.com"),
                                                QStringLiteral("pd-client"), 1'780'000'000, 60};

// Signed with the keys of tests/fuzz/corpus/jwks/keys.json: with a fuzzed key
// set, signature checks run against keys that are almost but not quite those.
const QByteArray &rs256Token()
{
    static const QByteArray token = QByteArrayLiteral(
        "eyJhbGciOiAiUlMyNTYiLCAidHlwIjogIkpXVCIsICJraWQiOiAicnNhLTEifQ."
        "eyJpc3MiOiAiaHR0cHM6Ly9pZC5leGFtcGxlLmNvbSIsICJhdWQiOiAicGQtY2xpZW50IiwgInN1YiI6ICJ1c2VyLT"
        "QyIiwgImVtYWlsIjogImFubkBleGFtcGxlLmNvbSIsICJlbWFpbF92ZXJpZmllZCI6IHRydWUsICJub25jZSI6ICJu"
        "LTBTNl9XekEyTWoiLCAiaWF0IjogMTc3OTk5OTk5MCwgImV4cCI6IDE3ODAwMDA2MDB9."
        "pG0qQqfXVsazEwE40pHSYXPhDHTz3axXpW2mkdCwW2q77NQq66q6jGdL565f_"
        "ULpIcurj6OuoWMENC2Jucp55tMNK8zMi_T10gkkjQKNJF5uQQ3PGLb2jDALT7XcekJS7OyTwwrTks2y_"
        "b9fwjnPHWaIf41yAjh9whrwdHvIdzDBmrHSVJXK6IoeuuA0SnHANRWU82toP5ymrBANfNZq-"
        "IEsOfpBpqJiCWqIZBlhjty59urd1ojCBojsGPYndQOsyHYTN37ZE7tCwlyF0kIgl8Yr-nB2t3pzSj-P_"
        "Ti6mwY6yVmrKpxT0a7xqjG5ahRDNSLDCVlZFN0Yc-HZuYnW2A");
    return token;
}
const QByteArray &es256Token()
{
    static const QByteArray token = QByteArrayLiteral(
        "eyJhbGciOiAiRVMyNTYiLCAidHlwIjogIkpXVCIsICJraWQiOiAiZWMtMSJ9."
        "eyJpc3MiOiAiaHR0cHM6Ly9pZC5leGFtcGxlLmNvbSIsICJhdWQiOiAicGQtY2xpZW50IiwgInN1YiI6ICJ1c2VyLT"
        "QyIiwgImVtYWlsIjogImFubkBleGFtcGxlLmNvbSIsICJlbWFpbF92ZXJpZmllZCI6IHRydWUsICJub25jZSI6ICJu"
        "LTBTNl9XekEyTWoiLCAiaWF0IjogMTc3OTk5OTk5MCwgImV4cCI6IDE3ODAwMDA2MDB9."
        "LzaBEhzJ1ZStVgcmq1XiCIZdVDy1eYEdI1hZIZv1zXcX_IsOScQdQSGMeh5HjDtbUslKEG8flk51ehKAZjGLIw");
    return token;
}

} // namespace

void jwks(QByteArrayView input)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.toByteArray(), &parseError);
    if (!document.isObject())
        return;
    const server::JwkSet keys = server::JwkSet::fromJson(document.object());
    for (const QJsonValue &key : document.object().value(QLatin1String("keys")).toArray()) {
        QString error;
        const std::optional<server::Jwk> jwk = server::Jwk::fromJson(key.toObject(), &error);
        require(jwk || !error.isEmpty(), "a refused key says why");
    }
    for (const auto algorithm : {server::Jwk::Algorithm::RS256, server::Jwk::Algorithm::ES256}) {
        (void)keys.candidates(QString(), algorithm);
        (void)keys.candidates(QStringLiteral("rsa-1"), algorithm);
    }
    (void)keys.containsKeyId(QStringLiteral("ec-1"));
    for (const QByteArray &token : {rs256Token(), es256Token()})
        (void)server::JwtVerifier::verify(token, keys, kExpect);
}

} // namespace pd::fuzz
