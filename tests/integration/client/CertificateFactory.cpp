#include "CertificateFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace pd::test {

namespace {

QString asn1Time(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

QByteArray requestConfig(const QStringList &subjectAltNames, bool ca)
{
    QByteArray config = "[ req ]\ndistinguished_name = dn\nprompt = no\n[ dn ]\nCN = placeholder\n";
    if (ca) {
        config += "[ ext ]\nbasicConstraints = critical, CA:TRUE\n"
                  "keyUsage = critical, keyCertSign, cRLSign\nsubjectKeyIdentifier = hash\n";
    } else {
        config += "[ ext ]\nbasicConstraints = critical, CA:FALSE\n"
                  "keyUsage = critical, digitalSignature, keyEncipherment\n"
                  "extendedKeyUsage = serverAuth\nsubjectAltName = " +
                  subjectAltNames.join(QLatin1Char(',')).toLatin1() + '\n';
    }
    return config;
}

} // namespace

CertificateFactory::CertificateFactory(QString directory)
    : m_dir(std::move(directory))
{}

QString CertificateFactory::path(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

bool CertificateFactory::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = file.errorString();
        return false;
    }
    file.write(content);
    return true;
}

bool CertificateFactory::run(const QStringList &arguments, const QByteArray &input,
                             QByteArray *output)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted(10000)) {
        m_error = QStringLiteral("openssl did not start: ") + openssl.errorString();
        return false;
    }
    if (!input.isEmpty())
        openssl.write(input);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.join(QLatin1Char(' ')),
                           QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    if (output)
        *output = openssl.readAllStandardOutput();
    return true;
}

bool CertificateFactory::makeCa(const QString &name, Issued *ca)
{
    ca->certificatePath = path(name + QStringLiteral(".pem"));
    ca->keyPath = path(name + QStringLiteral(".key"));
    const QString config = name + QStringLiteral("-req.cnf");
    return writeFile(config, requestConfig({}, true)) &&
           run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                path(config), QStringLiteral("-extensions"), QStringLiteral("ext"),
                QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), ca->keyPath, QStringLiteral("-out"), ca->certificatePath,
                QStringLiteral("-days"), QStringLiteral("10"), QStringLiteral("-subj"),
                QStringLiteral("/CN=") + name});
}

bool CertificateFactory::makeServer(const QString &name, const Issued *ca,
                                    const QStringList &subjectAltNames, const QDateTime &notBefore,
                                    const QDateTime &notAfter, Issued *server)
{
    server->certificatePath = path(name + QStringLiteral(".pem"));
    server->keyPath = path(name + QStringLiteral(".key"));
    const QString config = name + QStringLiteral("-req.cnf");
    if (!writeFile(config, requestConfig(subjectAltNames, false)))
        return false;
    if (!run({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
              QStringLiteral("-out"), server->keyPath}))
        return false;
    const QString subject = QStringLiteral("/CN=") + name;
    if (!ca) {
        // Self-signed: `req -x509` cannot set past or future dates, so these
        // certificates are valid from now for two days.
        return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                    path(config), QStringLiteral("-extensions"), QStringLiteral("ext"),
                    QStringLiteral("-key"), server->keyPath, QStringLiteral("-out"),
                    server->certificatePath, QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), subject});
    }
    const QString csr = path(name + QStringLiteral(".csr"));
    if (!run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
              path(config), QStringLiteral("-key"), server->keyPath, QStringLiteral("-out"), csr,
              QStringLiteral("-subj"), subject}))
        return false;
    // `openssl ca` is the tool that takes explicit start and end dates.
    const QString caDir = path(name + QStringLiteral("-ca"));
    QDir().mkpath(caDir + QStringLiteral("/new"));
    QFile::remove(caDir + QStringLiteral("/index.txt"));
    if (!writeFile(name + QStringLiteral("-ca/index.txt"), {}) ||
        !writeFile(name + QStringLiteral("-ca/serial"), QByteArray::number(++m_serial, 16) + '\n'))
        return false;
    const QByteArray caConfig =
        "[ ca ]\ndefault_ca = test\n[ test ]\ndatabase = " + caDir.toLatin1() +
        "/index.txt\nnew_certs_dir = " + caDir.toLatin1() + "/new\nserial = " + caDir.toLatin1() +
        "/serial\ndefault_md = sha256\npolicy = any\nunique_subject = no\n"
        "copy_extensions = none\n[ any ]\ncommonName = supplied\n";
    const QString caConfigName = name + QStringLiteral("-ca.cnf");
    return writeFile(caConfigName, caConfig) && run({QStringLiteral("ca"),
                                                     QStringLiteral("-batch"),
                                                     QStringLiteral("-config"),
                                                     path(caConfigName),
                                                     QStringLiteral("-cert"),
                                                     ca->certificatePath,
                                                     QStringLiteral("-keyfile"),
                                                     ca->keyPath,
                                                     QStringLiteral("-in"),
                                                     csr,
                                                     QStringLiteral("-out"),
                                                     server->certificatePath,
                                                     QStringLiteral("-notext"),
                                                     QStringLiteral("-startdate"),
                                                     asn1Time(notBefore),
                                                     QStringLiteral("-enddate"),
                                                     asn1Time(notAfter),
                                                     QStringLiteral("-extfile"),
                                                     path(config),
                                                     QStringLiteral("-extensions"),
                                                     QStringLiteral("ext")});
}

QByteArray CertificateFactory::publicKeyPin(const QString &certificatePath)
{
    QByteArray publicKeyPem;
    QByteArray spki;
    if (!run({QStringLiteral("x509"), QStringLiteral("-in"), certificatePath,
              QStringLiteral("-pubkey"), QStringLiteral("-noout")},
             {}, &publicKeyPem) ||
        !run({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"),
              QStringLiteral("DER")},
             publicKeyPem, &spki))
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
}

} // namespace pd::test
