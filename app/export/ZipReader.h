#pragma once

#include <QString>

namespace pd {

// One ZIP archive read by the ZIP module (ZipReaderFactory): its directory
// walked entry by entry, and one entry at a time read whole. ExportArchive
// decides what is safe to read; this only reads.
class ZipReader
{
public:
    // An entry's header, as the central directory declares it.
    struct Entry {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint16 flags = 0;
        bool encrypted = false;
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0;
    };

    // Closes the archive (and its device, when open() opened it).
    virtual ~ZipReader() = default;

    // Reads the central directory; false when it is not a readable ZIP.
    virtual bool open() = 0;
    // Make the first (next) entry the current one; false at the end of the
    // directory, or when it cannot be read (then error() is not 0).
    virtual bool goToFirstEntry() = 0;
    virtual bool goToNextEntry() = 0;
    // The current entry's header; false when it cannot be read.
    virtual bool currentEntry(Entry *entry) = 0;
    // Makes the entry named `name` the current one; false when there is none.
    virtual bool goToEntry(const QString &name) = 0;
    // Opens the current entry for reading.
    virtual bool openEntry() = 0;
    // Up to `maxSize` uncompressed bytes of the open entry; 0 at its end, -1
    // when its compressed data is corrupt.
    virtual qint64 readEntry(char *data, qint64 maxSize) = 0;
    // Closes the open entry; false when its CRC-32 does not match.
    virtual bool closeEntry() = 0;
    // The last error of the ZIP library (0 for none), for logs.
    virtual int error() const = 0;
};

} // namespace pd
