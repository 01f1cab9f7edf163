#pragma once

#include "export/ZipReader.h"

#include <QtPlugin>

#include <memory>

class QIODevice;

namespace pd {

// The ZIP module's interface: QuaZip (with zlib, bzip2 and Qt5Compat) behind
// a Qt plugin (module "zip", see core/ModuleLoader.h), so that the app loads
// those libraries only when an export archive is first opened.
class ZipReaderFactory
{
public:
    virtual ~ZipReaderFactory() = default;
    // A reader of the ZIP in `device`, which must outlive it; open() opens
    // the device read-only when it is not open yet.
    virtual std::unique_ptr<ZipReader> reader(QIODevice *device) = 0;
};

} // namespace pd

#define PD_ZIP_READER_FACTORY_IID "org.privacydashboard.ZipReaderFactory/1.0"
Q_DECLARE_INTERFACE(pd::ZipReaderFactory, PD_ZIP_READER_FACTORY_IID)
