#pragma once

#include "kernel/ServerContext.h"

#include <QObject>

namespace pd::server {

class HttpRouter;

// Personal data, service data, policy and marketing preferences: the
// read-mostly resources of docs/api/conventions.md.
class DataModule : public QObject
{
    Q_OBJECT
public:
    DataModule(const ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);

private:
    const ServerContext &m_context;
};

} // namespace pd::server
