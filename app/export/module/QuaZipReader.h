#pragma once

#include "export/ZipReader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>

class QIODevice;

namespace pd {

// ZipReader on QuaZip, in the ZIP module.
class QuaZipReader : public ZipReader
{
public:
    explicit QuaZipReader(QIODevice *device);
    ~QuaZipReader() override;
    QuaZipReader(const QuaZipReader &) = delete;
    QuaZipReader &operator=(const QuaZipReader &) = delete;

    bool open() override;
    bool goToFirstEntry() override;
    bool goToNextEntry() override;
    bool currentEntry(Entry *entry) override;
    bool goToEntry(const QString &name) override;
    bool openEntry() override;
    qint64 readEntry(char *data, qint64 maxSize) override;
    bool closeEntry() override;
    int error() const override;

private:
    QuaZip m_zip;
    // The entry being read; its errors are the last ones until the
    // directory is moved in again.
    std::unique_ptr<QuaZipFile> m_entry;
};

} // namespace pd
