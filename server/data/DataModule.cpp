#include "DataModule.h"

#include "ConsentRoutes.h"
#include "DataLocationRoutes.h"
#include "MarketingRoutes.h"
#include "PersonalDataRoutes.h"
#include "PolicyRoutes.h"
#include "ProfileRoutes.h"
#include "ServiceDataRoutes.h"
#include "UsageRoutes.h"
#include "http/HttpRouter.h"

namespace pd::server {

DataModule::DataModule(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

void DataModule::registerRoutes(HttpRouter &router)
{
    // Route objects are small values holding the context; the router's
    // handlers keep copies of them.
    ProfileRoutes(m_context).registerRoutes(router);
    PersonalDataRoutes(m_context).registerRoutes(router);
    ServiceDataRoutes(m_context).registerRoutes(router);
    UsageRoutes(m_context).registerRoutes(router);
    ConsentRoutes(m_context).registerRoutes(router);
    DataLocationRoutes(m_context).registerRoutes(router);
    PolicyRoutes(m_context).registerRoutes(router);
    MarketingRoutes(m_context).registerRoutes(router);
}

} // namespace pd::server
