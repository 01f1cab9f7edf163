#include "Jwk.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace pd::server {

namespace {

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192; // bounds the verification cost
constexpr int kP256CoordinateBytes = 32;

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *pointer) const { Free(pointer); }
};
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuildPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using DigestContextPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray base64Url(const QJsonObject &json, const QString &name)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        json.value(name).toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

void describe(QString *error, const char *reason)
{
    if (error)
        *error = QString::fromLatin1(reason);
}

EVP_PKEY *keyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return key;
}

EVP_PKEY *rsaKey(const QJsonObject &json, QString *error)
{
    const QByteArray n = base64Url(json, QStringLiteral("n"));
    const QByteArray e = base64Url(json, QStringLiteral("e"));
    if (n.isEmpty() || e.isEmpty()) {
        describe(error, "RSA key without n or e");
        return nullptr;
    }
    const BignumPtr modulus(BN_bin2bn(bytes(n), int(n.size()), nullptr));
    const BignumPtr exponent(BN_bin2bn(bytes(e), int(e.size()), nullptr));
    if (!modulus || !exponent || BN_num_bits(modulus.get()) < kMinRsaBits ||
        BN_num_bits(modulus.get()) > kMaxRsaBits) {
        describe(error, "RSA modulus size not accepted");
        return nullptr;
    }
    const ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        return nullptr;
    EVP_PKEY *key = keyFromParams("RSA", builder.get());
    if (!key)
        describe(error, "RSA parameters not accepted");
    return key;
}

EVP_PKEY *ecKey(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("crv")).toString() != QLatin1String("P-256")) {
        describe(error, "unsupported curve");
        return nullptr;
    }
    const QByteArray x = base64Url(json, QStringLiteral("x"));
    const QByteArray y = base64Url(json, QStringLiteral("y"));
    if (x.size() != kP256CoordinateBytes || y.size() != kP256CoordinateBytes) {
        describe(error, "malformed EC coordinates");
        return nullptr;
    }
    const QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed SEC1 point
    const ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    char group[] = "prime256v1";
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1)
        return nullptr;
    EVP_PKEY *key = keyFromParams("EC", builder.get());
    if (!key) {
        // OpenSSL refuses to decode most off-curve points already.
        describe(error, "EC point not on the curve");
        return nullptr;
    }
    // fromdata does not prove the point lies on the curve; an off-curve
    // point is the classic invalid-curve attack.
    const PkeyContextPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        EVP_PKEY_free(key);
        describe(error, "EC point not on the curve");
        return nullptr;
    }
    return key;
}

// JWS carries ECDSA signatures as fixed-size r||s; OpenSSL wants DER.
QByteArray ecdsaRawToDer(const QByteArray &raw)
{
    if (raw.size() != 2 * kP256CoordinateBytes)
        return {};
    EcdsaSigPtr signature(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytes(raw), kP256CoordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(bytes(raw) + kP256CoordinateBytes, kP256CoordinateBytes, nullptr);
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(signature.get(), &out);
    return der;
}

} // namespace

QString Jwk::algorithmName(Algorithm algorithm)
{
    return algorithm == Algorithm::RS256 ? QStringLiteral("RS256") : QStringLiteral("ES256");
}

std::optional<Jwk> Jwk::fromJson(const QJsonObject &json, QString *error)
{
    const QString use = json.value(QStringLiteral("use")).toString();
    if (!use.isEmpty() && use != QLatin1String("sig")) {
        describe(error, "not a signing key");
        return std::nullopt;
    }
    const QString type = json.value(QStringLiteral("kty")).toString();
    Jwk jwk;
    EVP_PKEY *key = nullptr;
    if (type == QLatin1String("RSA")) {
        jwk.m_algorithm = Algorithm::RS256;
        key = rsaKey(json, error);
    } else if (type == QLatin1String("EC")) {
        jwk.m_algorithm = Algorithm::ES256;
        key = ecKey(json, error);
    } else {
        describe(error, "unsupported key type");
        return std::nullopt;
    }
    if (!key)
        return std::nullopt;
    jwk.m_key.reset(key, EVP_PKEY_free);
    const QString alg = json.value(QStringLiteral("alg")).toString();
    if (!alg.isEmpty() && alg != algorithmName(jwk.m_algorithm)) {
        describe(error, "unsupported algorithm");
        return std::nullopt;
    }
    jwk.m_keyId = json.value(QStringLiteral("kid")).toString();
    return jwk;
}

bool Jwk::verify(const QByteArray &signingInput, const QByteArray &signature) const
{
    const QByteArray encoded =
        m_algorithm == Algorithm::ES256 ? ecdsaRawToDer(signature) : signature;
    if (encoded.isEmpty() || !m_key)
        return false;
    const DigestContextPtr context(EVP_MD_CTX_new());
    return context &&
           EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
           EVP_DigestVerify(context.get(), bytes(encoded), size_t(encoded.size()),
                            bytes(signingInput), size_t(signingInput.size())) == 1;
}

} // namespace pd::server
