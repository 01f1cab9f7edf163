#include "net/CaBundle.h"

#include "core/PrivateFiles.h"
#include "net/NetLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd {

QByteArray CaBundle::fingerprint(const QByteArray &contents)
{
    return QCryptographicHash::hash(contents, QCryptographicHash::Sha256).toHex();
}

std::optional<QByteArray> CaBundle::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The certificate authority file %1 cannot be read: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray contents = file.read(kMaxBytes + 1);
    if (contents.size() > kMaxBytes) {
        if (error)
            *error = tr("The file %1 is too large to be a certificate.").arg(path);
        return std::nullopt;
    }
    return contents;
}

QString CaBundle::changedMessage()
{
    return tr("The certificate authority file of this server changed after you trusted it, "
              "so the connection was refused. If your organization gave you a new "
              "certificate, remove the server and add it again with the new file.");
}

std::optional<QList<QSslCertificate>> CaBundle::load(const ServerProfile &profile, QString *error)
{
    const std::optional<QByteArray> contents = read(profile.caBundlePath, error);
    if (!contents)
        return std::nullopt;
    if (!profile.caSha256.isEmpty() && fingerprint(*contents) != profile.caSha256) {
        qCWarning(lcNet) << "refused a certificate authority file that changed since it was "
                            "trusted";
        if (error)
            *error = changedMessage();
        return std::nullopt;
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*contents, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no PEM certificate.").arg(profile.caBundlePath);
        return std::nullopt;
    }
    return certificates;
}

bool CaBundle::adopt(ServerProfile *profile, const QString &folder, QString *error)
{
    if (profile->caBundlePath.isEmpty())
        return true;
    const std::optional<QByteArray> contents = read(profile->caBundlePath, error);
    if (!contents)
        return false;
    const QByteArray sha256 = fingerprint(*contents);
    if (!profile->caSha256.isEmpty() && sha256 != profile->caSha256) {
        if (error)
            *error = changedMessage();
        return false;
    }
    if (QSslCertificate::fromData(*contents, QSsl::Pem).isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no PEM certificate.").arg(profile->caBundlePath);
        return false;
    }
    if (!PrivateFiles::makeFolder(folder)) {
        if (error)
            *error = tr("The folder %1 could not be created.").arg(folder);
        return false;
    }
    const QString copy = QDir(folder).filePath(profile->id + QStringLiteral(".pem"));
    if (QFileInfo(copy) == QFileInfo(profile->caBundlePath)) {
        profile->caSha256 = sha256; // already the copy
        return true;
    }
    QFile::remove(copy);
    QFile file(copy);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(*contents) != contents->size() || !file.flush()) {
        if (error)
            *error =
                tr("The certificate could not be saved in %1: %2").arg(folder, file.errorString());
        file.close();
        QFile::remove(copy);
        return false;
    }
    profile->caBundlePath = copy;
    profile->caSha256 = sha256;
    return true;
}

} // namespace pd
