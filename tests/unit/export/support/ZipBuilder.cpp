#include "ZipBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cstring>
#include <functional>

namespace pd::test {

namespace {

bool addEntry(QuaZip &zip, const QString &name, bool stored,
              const std::function<bool(QuaZipFile &)> &writeBody)
{
    QuaZipFile file(&zip);
    const QuaZipNewInfo info(name);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED,
                   stored ? 0 : Z_DEFAULT_COMPRESSION))
        return false;
    const bool written = writeBody(file);
    file.close();
    return written && file.getZipError() == UNZ_OK;
}

bool addEntries(QuaZip &zip, const QList<ZipBuilder::Entry> &entries)
{
    for (const ZipBuilder::Entry &entry : entries) {
        if (!addEntry(zip, entry.name, entry.stored, [&entry](QuaZipFile &file) {
                return file.write(entry.data) == entry.data.size();
            }))
            return false;
    }
    return true;
}

quint32 readLe32(const QByteArray &bytes, qsizetype at)
{
    quint32 value = 0;
    std::memcpy(&value, bytes.constData() + at, 4);
    return value;
}

void writeLe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    std::memcpy(bytes.data() + at, &value, 4);
}

} // namespace

bool ZipBuilder::write(const QString &zipPath, const QList<Entry> &entries)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const bool ok = addEntries(zip, entries);
    zip.close();
    return ok && zip.getZipError() == UNZ_OK;
}

bool ZipBuilder::writeFilled(const QString &zipPath, const QList<Entry> &entries,
                             const QString &name, qint64 size, char fill)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    bool ok = addEntries(zip, entries) && addEntry(zip, name, false, [&](QuaZipFile &file) {
                  const QByteArray chunk(1024 * 1024, fill);
                  for (qint64 left = size; left > 0; left -= chunk.size()) {
                      const qint64 count = qMin<qint64>(left, chunk.size());
                      if (file.write(chunk.constData(), count) != count)
                          return false;
                  }
                  return true;
              });
    zip.close();
    return ok && zip.getZipError() == UNZ_OK;
}

QString ZipBuilder::sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray ZipBuilder::manifest(const QList<Listed> &files)
{
    QJsonArray list;
    for (const Listed &file : files) {
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("sha256"), sha256(file.data)},
                                {QStringLiteral("size_bytes"), qint64(file.data.size())},
                                {QStringLiteral("rows"), file.rows}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("account_id"), QStringLiteral("acc_1")},
                                     {QStringLiteral("created_at"),
                                      QStringLiteral("2026-11-25T08:30:00.000Z")},
                                     {QStringLiteral("format"), QStringLiteral("both")},
                                     {QStringLiteral("files"), list}})
        .toJson();
}

bool ZipBuilder::patchDeclaredSize(QByteArray &zip, const QString &name, quint32 size)
{
    const QByteArray encoded = name.toUtf8();
    int patched = 0;
    for (qsizetype at = 0; at + 46 <= zip.size(); ++at) {
        const quint32 signature = readLe32(zip, at);
        if (signature == 0x04034b50u && zip.mid(at + 30, encoded.size()) == encoded) {
            writeLe32(zip, at + 22, size); // local header: uncompressed size
            ++patched;
        } else if (signature == 0x02014b50u && zip.mid(at + 46, encoded.size()) == encoded) {
            writeLe32(zip, at + 24, size); // central directory: uncompressed size
            ++patched;
        }
    }
    return patched == 2;
}

QByteArray ZipBuilder::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ZipBuilder::writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace pd::test
