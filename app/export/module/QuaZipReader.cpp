#include "QuaZipReader.h"

namespace pd {

QuaZipReader::QuaZipReader(QIODevice *device)
    : m_zip(device)
{}

QuaZipReader::~QuaZipReader()
{
    m_entry.reset(); // closed before its archive
    if (m_zip.isOpen())
        m_zip.close();
}

bool QuaZipReader::open()
{
    return m_zip.open(QuaZip::mdUnzip);
}

bool QuaZipReader::goToFirstEntry()
{
    m_entry.reset();
    return m_zip.goToFirstFile();
}

bool QuaZipReader::goToNextEntry()
{
    m_entry.reset();
    return m_zip.goToNextFile();
}

bool QuaZipReader::currentEntry(Entry *entry)
{
    QuaZipFileInfo64 info;
    if (!m_zip.getCurrentFileInfo(&info))
        return false;
    entry->name = info.name;
    entry->method = info.method;
    entry->flags = info.flags;
    entry->encrypted = info.isEncrypted();
    entry->compressedSize = qint64(info.compressedSize);
    entry->uncompressedSize = qint64(info.uncompressedSize);
    return true;
}

bool QuaZipReader::goToEntry(const QString &name)
{
    m_entry.reset();
    return m_zip.setCurrentFile(name);
}

bool QuaZipReader::openEntry()
{
    m_entry = std::make_unique<QuaZipFile>(&m_zip);
    return m_entry->open(QIODevice::ReadOnly);
}

qint64 QuaZipReader::readEntry(char *data, qint64 maxSize)
{
    return m_entry ? m_entry->read(data, maxSize) : -1;
}

bool QuaZipReader::closeEntry()
{
    if (!m_entry)
        return false;
    // Closing a whole entry checks its CRC-32.
    m_entry->close();
    return m_entry->getZipError() == UNZ_OK;
}

int QuaZipReader::error() const
{
    return m_entry ? m_entry->getZipError() : m_zip.getZipError();
}

} // namespace pd
