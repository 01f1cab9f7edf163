#include "export/Sha256.h"

#include "core/LibCrypto.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace pd {

namespace {

// libcrypto's digest functions, looked up on the first hash.
struct Crypto {
    decltype(&EVP_MD_CTX_new) newContext = nullptr;
    decltype(&EVP_MD_CTX_free) freeContext = nullptr;
    decltype(&EVP_sha256) sha256 = nullptr;
    decltype(&EVP_DigestInit_ex) init = nullptr;
    decltype(&EVP_DigestUpdate) update = nullptr;
    decltype(&EVP_DigestFinal_ex) finish = nullptr;

    bool isComplete() const
    {
        return newContext && freeContext && sha256 && init && update && finish;
    }
};

const Crypto *crypto()
{
    static const Crypto functions = [] {
        Crypto found;
        LibCrypto::resolve("EVP_MD_CTX_new", &found.newContext);
        LibCrypto::resolve("EVP_MD_CTX_free", &found.freeContext);
        LibCrypto::resolve("EVP_sha256", &found.sha256);
        LibCrypto::resolve("EVP_DigestInit_ex", &found.init);
        LibCrypto::resolve("EVP_DigestUpdate", &found.update);
        LibCrypto::resolve("EVP_DigestFinal_ex", &found.finish);
        return found.isComplete() ? found : Crypto{};
    }();
    return functions.isComplete() ? &functions : nullptr;
}

} // namespace

// libcrypto's context, or Qt's portable hash where there is no libcrypto.
struct Sha256::Context {
    const Crypto *crypto = pd::crypto();
    EVP_MD_CTX *ctx = crypto ? crypto->newContext() : nullptr;
    QCryptographicHash portable{QCryptographicHash::Sha256};
    ~Context()
    {
        if (ctx)
            crypto->freeContext(ctx);
    }
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
    if (m_context->ctx)
        m_context->crypto->init(m_context->ctx, m_context->crypto->sha256(), nullptr);
    else
        m_context->portable.reset();
}

void Sha256::addData(const char *data, qint64 length)
{
    if (length <= 0)
        return;
    if (m_context->ctx)
        m_context->crypto->update(m_context->ctx, data, size_t(length));
    else
        m_context->portable.addData(QByteArrayView(data, length));
}

QByteArray Sha256::result()
{
    if (!m_context->ctx) {
        const QByteArray digest = m_context->portable.result();
        reset();
        return digest;
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (m_context->crypto->finish(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()),
                                  &size) != 1)
        size = 0;
    digest.truncate(int(size));
    reset();
    return digest;
}

} // namespace pd
