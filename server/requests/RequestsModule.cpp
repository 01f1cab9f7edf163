#include "RequestsModule.h"

#include "http/HttpRouter.h"

namespace pd {

RequestsModule::RequestsModule(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

void RequestsModule::registerRoutes(HttpRouter &)
{
}

void RequestsModule::start()
{
}

} // namespace pd
