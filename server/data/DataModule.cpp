#include "DataModule.h"

#include "http/HttpRouter.h"

namespace pd {

DataModule::DataModule(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void DataModule::registerRoutes(HttpRouter &)
{
}

} // namespace pd
