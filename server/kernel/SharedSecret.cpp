#include "SharedSecret.h"

#include "SecretFile.h"
#include "ServerConfig.h"
#include "db/Database.h"

#include <QDir>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <array>

namespace pd::server {

namespace {
const QString kFingerprintName = QStringLiteral("server_secret_fingerprint");
} // namespace

QByteArray SharedSecret::load(const ServerConfig &config, QString *error)
{
    const QString path = config.secretFile.isEmpty()
                             ? QDir(config.dataDir).filePath(QStringLiteral("server-secret.key"))
                             : config.secretFile;
    return SecretFile::loadOrCreate(
        path,
        [] {
            std::array<quint32, 8> words;
            QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
            return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words));
        },
        error);
}

QString SharedSecret::fingerprint(const QByteArray &secret)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash("privacy-dashboard fingerprint",
                                                                secret, QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

bool SharedSecret::matchesDatabase(const Database &db, const QByteArray &secret, QString *error)
{
    const QString mine = fingerprint(secret);
    db.run(QStringLiteral("INSERT INTO server_settings (name, value) VALUES (?, ?)"
                          " ON CONFLICT (name) DO NOTHING"),
           {kFingerprintName, mine});
    QSqlQuery stored = db.run(QStringLiteral("SELECT value FROM server_settings WHERE name = ?"),
                              {kFingerprintName});
    if (stored.next() && stored.value(0).toString() == mine)
        return true;
    *error = QStringLiteral(
        "this database was set up by a server with another secret: give every server process "
        "on one database the same --secret-file (see docs/deployment.md, \"Several instances\")");
    return false;
}

} // namespace pd::server
