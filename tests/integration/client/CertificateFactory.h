#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pd::test {

// Makes keys and certificates with the openssl command-line tool, in a
// folder, so TLS tests run against real, freshly made certificates.
class CertificateFactory
{
public:
    struct Issued {
        QString certificatePath;
        QString keyPath;
    };

    explicit CertificateFactory(QString directory);

    QString lastError() const { return m_error; }

    // A CA certificate valid from yesterday for ten days.
    bool makeCa(const QString &name, Issued *ca);
    // A server certificate for `subjectAltNames` ("IP:127.0.0.1",
    // "DNS:localhost"), signed by `ca` or self-signed when `ca` is null.
    bool makeServer(const QString &name, const Issued *ca, const QStringList &subjectAltNames,
                    const QDateTime &notBefore, const QDateTime &notAfter, Issued *server);
    // base64(SHA-256(SubjectPublicKeyInfo)) computed by openssl, not by Qt.
    QByteArray publicKeyPin(const QString &certificatePath);

private:
    bool run(const QStringList &arguments, const QByteArray &input = {},
             QByteArray *output = nullptr);
    QString path(const QString &name) const;
    bool writeFile(const QString &name, const QByteArray &content);

    QString m_dir;
    QString m_error;
    int m_serial = 0x1000;
};

} // namespace pd::test
