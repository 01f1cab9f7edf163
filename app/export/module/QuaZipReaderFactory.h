#pragma once

#include "export/ZipReaderFactory.h"

#include <QObject>

namespace pd {

// The ZIP module: ZipReaderFactory on QuaZip. Built as a plugin of its own
// (pd_zip), never linked into the app.
class QuaZipReaderFactory : public QObject, public ZipReaderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PD_ZIP_READER_FACTORY_IID)
    Q_INTERFACES(pd::ZipReaderFactory)
public:
    std::unique_ptr<ZipReader> reader(QIODevice *device) override;
};

} // namespace pd
