#include "AuthModule.h"

#include "http/HttpRouter.h"

namespace pd {

AuthModule::AuthModule(const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

AuthModule::~AuthModule() = default;

void AuthModule::registerRoutes(HttpRouter &)
{
}

std::optional<AuthContext> AuthModule::authenticate(const QByteArray &)
{
    return std::nullopt;
}

} // namespace pd
