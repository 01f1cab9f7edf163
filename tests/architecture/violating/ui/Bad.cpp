// A page that breaks each layering rule once: check-layering must name all three.
#include "api/ApiJob.h"

void bad()
{
    auto request = ApiRequest::get(QStringLiteral("/requests"));
}
