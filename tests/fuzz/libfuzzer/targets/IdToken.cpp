// An ID token as the server verifies it (JwtVerifier: header, claims,
// signature against the provider's keys) and as the app reads it before
// handing it over (IdTokenPayload). Seeds: tokens signed with the keys of
// tests/fuzz/corpus/jwks/keys.json (corpus/generate-seeds.py), the key set
// below.
#include "FuzzTargets.h"

#include "auth/IdTokenPayload.h"
#include "auth/JwkSet.h"
#include "auth/JwtVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pd::fuzz {
namespace {

const server::JwkSet &fixedKeys()
{
    static const server::JwkSet keys = server::JwkSet::fromJson(
        QJsonDocument::fromJson(
            R"json({"keys": [{"kty": "RSA", "kid": "rsa-1", "use": "sig", "alg": "RS256", "n": "tkt5iKKHi9uckgDuvxKKosTGSL9rnDWH-2u1kUss4wwuUiS7VDQ6BNXI8yUMLYOgSgJpb80SRhAHc9EbAKd_oZbQ8aQCZZ6WhDR_L61Qovg-sPW8Og_Ph9ImrBIbmjfnmvGrLQZE-KfVHZwUFla1sTByzQrDOXFSeu-m7HuAGCpjEOrUN56njELoo8a9auZVjZ5GXGW2lEgpiGDcUrHBsXQIyEyRM1jilsyv6FDWUi4qdOx2hkaFFiTr0rc5rgeyo9e1690cOLBwUrTAUJXWHPs29N6-Z_96jBBpx39jWAK4rThfUaQsk-KDuivsHFDbopc_4qtUZN9jo4saHCLQYQ", "e": "AQAB"}, {"kty": "EC", "kid": "ec-1", "use": "sig", "crv": "P-256", "x": "Zny5gd60o0axg1YuU-ewNlxrAL6cO-nhFglPPYXESlM", "y": "V_QxyZZa-ZV9gIZXVMzIfRQLfBmxPwgyUaKiainoioc"}]})json")
            .object());
    return keys;
}

const server::JwtVerifier::Expectations &fixedExpectations()
{
    static const server::JwtVerifier::Expectations expect{
        QStringLiteral("https://id.example.com"), QStringLiteral("pd-client"), 1'780'000'000, 60};
    return expect;
}

} // namespace

void idToken(QByteArrayView input)
{
    require(fixedKeys().size() == 2, "the fixed key set has its two keys");
    const QByteArray token = input.toByteArray();
    const server::JwtVerifier::Result result =
        server::JwtVerifier::verify(token, fixedKeys(), fixedExpectations());
    require(result.status != server::JwtVerifier::Result::Status::Valid ||
                !result.claims.subject.isEmpty(),
            "a valid token names its subject");

    ApiError error;
    const std::optional<IdTokenPayload> payload = IdTokenPayload::decode(token, &error);
    if (payload)
        (void)payload->mismatch(QStringLiteral("https://id.example.com"),
                                QStringLiteral("pd-client"), QStringLiteral("n-0S6_WzA2Mj"),
                                QDateTime::fromSecsSinceEpoch(1'780'000'000, QTimeZone::utc()));
}

} // namespace pd::fuzz
