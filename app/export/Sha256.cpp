#include "export/Sha256.h"

#include <openssl/evp.h>

namespace pd {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    // Only fails when out of memory; a later result() would then be empty
    // and never match an expected digest.
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(const char *data, qint64 length)
{
    if (length > 0)
        EVP_DigestUpdate(m_context->ctx, data, size_t(length));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()),
                           &size) != 1)
        size = 0;
    digest.truncate(int(size));
    reset();
    return digest;
}

} // namespace pd
