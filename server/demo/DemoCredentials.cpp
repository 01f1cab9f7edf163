#include "DemoCredentials.h"

#include "auth/Totp.h"
#include "kernel/SecretFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <exception>

namespace pd::server {

namespace {

// Letters and digits without look-alikes (0/O, 1/l/I): typed by hand from
// the start-up line, and no spaces, which that line uses as separators.
QString randomPassword()
{
    static const QLatin1String alphabet(
        "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString password = QStringLiteral("Demo-");
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            password += QLatin1Char('-');
        password +=
            alphabet.at(qsizetype(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    }
    return password;
}

} // namespace

std::optional<DemoCredentials> DemoCredentials::loadOrCreate(const QString &dataDir, QString *error)
{
    QByteArray content;
    try {
        content = SecretFile::loadOrCreate(
            QDir(dataDir).filePath(QStringLiteral("demo-credentials.json")),
            [] {
                const QJsonObject object{{QStringLiteral("first_password"), randomPassword()},
                                         {QStringLiteral("second_password"), randomPassword()},
                                         {QStringLiteral("totp_secret"), Totp::generateSecret()}};
                return QJsonDocument(object).toJson();
            },
            error);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    if (content.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    DemoCredentials credentials{object.value(QStringLiteral("first_password")).toString(),
                                object.value(QStringLiteral("second_password")).toString(),
                                object.value(QStringLiteral("totp_secret")).toString()};
    if (credentials.firstPassword.isEmpty() || credentials.secondPassword.isEmpty() ||
        credentials.totpSecret.isEmpty()) {
        *error = QStringLiteral("demo-credentials.json in the data folder is damaged: remove it "
                                "to make new demo credentials");
        return std::nullopt;
    }
    return credentials;
}

} // namespace pd::server
