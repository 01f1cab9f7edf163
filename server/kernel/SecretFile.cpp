#include "SecretFile.h"

#include <QFile>
#include <QSaveFile>

namespace pd::server {

QByteArray SecretFile::loadOrCreate(const QString &path, const std::function<QByteArray()> &make,
                                    QString *error)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + path;
            return {};
        }
        const QByteArray content = existing.readAll();
        if (content.isEmpty()) {
            *error = path + QStringLiteral(" is empty");
            return {};
        }
        // An older or hand-copied file may be readable by others.
        existing.setPermissions(ownerOnly);
        return content;
    }
    const QByteArray content = make();
    QSaveFile file(path);
    if (content.isEmpty() || !file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) ||
        file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("cannot write ") + path;
        return {};
    }
    return content;
}

} // namespace pd::server
