#include "ZipEntrySink.h"

#include "ExportStorageError.h"

#include <QDateTime>

namespace pd::server {

namespace {
constexpr qsizetype kFlushBytes = 64 * 1024;
} // namespace

ZipEntrySink::ZipEntrySink(QuaZip &zip, const QString &path)
    : m_file(&zip)
    , m_hash(QCryptographicHash::Sha256)
{
    QuaZipNewInfo info(path);
    info.dateTime = QDateTime::currentDateTimeUtc();
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!m_file.open(QIODevice::WriteOnly, info))
        throw ExportStorageError("cannot add a file to the export archive");
}

void ZipEntrySink::append(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

std::pair<QString, qint64> ZipEntrySink::close()
{
    flush();
    m_file.close();
    if (m_file.getZipError() != 0)
        throw ExportStorageError("cannot finish a file of the export archive");
    return {QString::fromLatin1(m_hash.result().toHex()), m_size};
}

void ZipEntrySink::flush()
{
    if (m_buffer.isEmpty())
        return;
    m_hash.addData(m_buffer);
    m_size += m_buffer.size();
    if (m_file.write(m_buffer) != m_buffer.size())
        throw ExportStorageError("cannot write to the export archive");
    m_buffer.clear();
}

} // namespace pd::server
