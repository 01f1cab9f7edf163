#include "RequestsModule.h"

#include "ArchiveRoutes.h"
#include "RequestCompleter.h"
#include "RequestProcessor.h"
#include "RequestRoutes.h"
#include "RequestStore.h"
#include "http/HttpRouter.h"

namespace pd::server {

RequestsModule::RequestsModule(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<RequestStore>(context.db))
    , m_completer(std::make_unique<RequestCompleter>(context, *m_store))
    , m_routes(std::make_unique<RequestRoutes>(context, *m_store))
    , m_archives(std::make_unique<ArchiveRoutes>(context, *m_store))
    , m_context(context)
{}

RequestsModule::~RequestsModule()
{
    // The processor's timer must not fire into a half-destroyed module.
    delete m_processor;
}

void RequestsModule::registerRoutes(HttpRouter &router)
{
    m_routes->registerRoutes(router);
    m_archives->registerRoutes(router);
}

void RequestsModule::start()
{
    if (!m_processor)
        m_processor = new RequestProcessor(m_context, *m_store, *m_completer, this);
    m_processor->start();
}

} // namespace pd::server
