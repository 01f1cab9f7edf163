#pragma once

#include <QByteArray>

#include <memory>

namespace pd {

// Incremental SHA-256 through OpenSSL's libcrypto (which Qt's TLS backend
// loads anyway). QCryptographicHash's portable code hashes about 200 MB/s,
// slower than a loopback download: an archive download spent most of its
// time hashing (tests/bench/bench_download); libcrypto uses the CPU's SHA
// extensions where there are some. libcrypto is loaded on the first hash,
// not linked (Sha256.cpp says why); without it the hash is Qt's.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(const char *data, qint64 length);
    // The 32-byte digest of everything added since the last reset(); the
    // hash starts again from empty afterwards.
    QByteArray result();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace pd
