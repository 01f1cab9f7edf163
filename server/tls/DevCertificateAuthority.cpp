#include "DevCertificateAuthority.h"

#include <QDir>
#include <QFile>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pd::server {

namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertDeleter {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using CertPtr = std::unique_ptr<X509, CertDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

KeyPtr makeKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

CertPtr makeCertificate(EVP_PKEY *subjectKey, const char *commonName, X509 *issuer,
                        EVP_PKEY *issuerKey, bool isCa, long validDays)
{
    CertPtr cert(X509_new());
    if (!cert)
        return nullptr;
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), validDays * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("Privacy Dashboard development"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (isCa) {
        ok = ok &&
             addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), signer, NID_key_usage, "critical,digitalSignature");
        ok = ok && addExtension(cert.get(), signer, NID_ext_key_usage, "serverAuth");
        ok = ok && addExtension(cert.get(), signer, NID_subject_alt_name,
                                "DNS:localhost,IP:127.0.0.1,IP:::1");
    }
    ok = ok && addExtension(cert.get(), signer, NID_subject_key_identifier, "hash");
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) == 0)
        return nullptr;
    return cert;
}

bool writePem(const QString &path, const std::function<int(BIO *)> &write, bool secret)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return false;
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QFile file(path);
    // Keys are created owner-only before a byte is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(data, size) == size;
}

} // namespace

bool DevCertificateAuthority::ensure(const QString &directory, Paths *paths, QString *error)
{
    const QDir dir(directory);
    paths->caCertificate = dir.filePath(QStringLiteral("dev-ca.pem"));
    paths->serverCertificate = dir.filePath(QStringLiteral("dev-server.pem"));
    paths->serverKey = dir.filePath(QStringLiteral("dev-server-key.pem"));
    if (QFile::exists(paths->caCertificate) && QFile::exists(paths->serverCertificate) &&
        QFile::exists(paths->serverKey))
        return true;

    KeyPtr caKey = makeKey();
    KeyPtr serverKey = makeKey();
    if (!caKey || !serverKey) {
        *error = QStringLiteral("cannot generate keys");
        return false;
    }
    CertPtr ca = makeCertificate(caKey.get(), "Privacy Dashboard Development CA", nullptr,
                                 caKey.get(), true, 3650);
    if (!ca) {
        *error = QStringLiteral("cannot create the development CA");
        return false;
    }
    CertPtr server =
        makeCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), false, 825);
    if (!server) {
        *error = QStringLiteral("cannot create the server certificate");
        return false;
    }
    // The CA key is not kept: nothing else is ever signed with it.
    const bool ok = writePem(
                        paths->serverKey,
                        [&](BIO *bio) {
                            return PEM_write_bio_PrivateKey(bio, serverKey.get(), nullptr, nullptr,
                                                            0, nullptr, nullptr);
                        },
                        true) &&
                    writePem(
                        paths->serverCertificate,
                        [&](BIO *bio) { return PEM_write_bio_X509(bio, server.get()); }, false) &&
                    writePem(
                        paths->caCertificate,
                        [&](BIO *bio) { return PEM_write_bio_X509(bio, ca.get()); }, false);
    if (!ok)
        *error = QStringLiteral("cannot write the certificates to ") + directory;
    return ok;
}

} // namespace pd::server
