#pragma once

#include "store/LocalStore.h"

#include <QTemporaryDir>

#include <memory>

namespace pd::test {

// Fresh local stores for the core's unit tests: each open() is a new
// database file in one temporary folder, so that every test function can
// start from an empty store.
class TempStores
{
public:
    // A new store, opened; null and *error when it could not be.
    std::unique_ptr<LocalStore> open(QString *error)
    {
        auto store = std::make_unique<LocalStore>(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)));
        if (!store->open(error))
            return nullptr;
        return store;
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace pd::test
