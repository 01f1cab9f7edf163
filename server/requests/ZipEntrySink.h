#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <quazip/quazipfile.h>

#include <utility>

class QuaZip;

namespace pd::server {

// One open entry of an export archive being written: buffers, hashes and
// counts what is appended, so a file of any size is written in constant
// memory and described in the manifest without being read twice.
class ZipEntrySink
{
public:
    // Throws ExportStorageError when the entry cannot be added.
    ZipEntrySink(QuaZip &zip, const QString &path);

    // Throws ExportStorageError when the archive cannot be written.
    void append(const QByteArray &bytes);
    // Closes the entry; returns the SHA-256 (hex) and size of its content.
    std::pair<QString, qint64> close();

private:
    void flush();

    QuaZipFile m_file;
    QCryptographicHash m_hash;
    QByteArray m_buffer;
    qint64 m_size = 0;
};

} // namespace pd::server
