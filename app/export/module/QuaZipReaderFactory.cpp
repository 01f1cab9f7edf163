#include "QuaZipReaderFactory.h"

#include "QuaZipReader.h"

namespace pd {

std::unique_ptr<ZipReader> QuaZipReaderFactory::reader(QIODevice *device)
{
    return std::make_unique<QuaZipReader>(device);
}

} // namespace pd
