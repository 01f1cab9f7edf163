#include "MaildirMailSink.h"

#include "kernel/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace pd::server {

namespace {
constexpr QFileDevice::Permissions kOwnerDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

MaildirMailSink::MaildirMailSink(QString directory, const Clock &clock)
    : m_directory(std::move(directory))
    , m_clock(clock)
{}

bool MaildirMailSink::prepare(QString *error) const
{
    const QDir root(m_directory);
    for (const QString &sub :
         {QString(), QStringLiteral("tmp"), QStringLiteral("new"), QStringLiteral("cur")}) {
        const QString path = sub.isEmpty() ? root.absolutePath() : root.filePath(sub);
        if (!QDir().mkpath(path) || !QFile::setPermissions(path, kOwnerDirectory)) {
            *error = QStringLiteral("cannot create the mail folder %1").arg(path);
            return false;
        }
    }
    return true;
}

bool MaildirMailSink::send(const MailMessage &message, QString *error)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
    QString host = QHostInfo::localHostName();
    host.replace(QLatin1Char('/'), QStringLiteral("\\057"))
        .replace(QLatin1Char(':'), QStringLiteral("\\072"));
    // The maildir naming convention: unique per time, process and delivery.
    const QString name = QStringLiteral("%1.M%2P%3Q%4R%5.%6")
                             .arg(now.toSecsSinceEpoch())
                             .arg(now.time().msec() * 1000)
                             .arg(QCoreApplication::applicationPid())
                             .arg(++m_sequence)
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
                             .arg(host.isEmpty() ? QStringLiteral("localhost") : host);
    const QDir root(m_directory);
    const QString tmpPath = root.filePath(QStringLiteral("tmp/") + name);
    const QString newPath = root.filePath(QStringLiteral("new/") + name);
    QFile file(tmpPath);
    // Created 0600 from the start: the message holds a confirmation code.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
        *error = QStringLiteral("cannot write to the mail folder");
        return false;
    }
    const QByteArray bytes =
        message.toRfc5322(now, host.isEmpty() ? QStringLiteral("localhost") : host);
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    file.close();
    if (!written || !QFile::rename(tmpPath, newPath)) {
        QFile::remove(tmpPath);
        *error = QStringLiteral("cannot deliver to the mail folder");
        return false;
    }
    return true;
}

} // namespace pd::server
