#pragma once

#include <QString>

namespace pd {

// Whether an address is one the API accepts: the contract's `email` format
// as its validator (ajv-formats) reads it, which the server applies too. Every
// form that sends an email address checks with this, so that none lets
// through what the server then refuses.
class EmailAddress
{
public:
    static bool isValid(const QString &address);
};

} // namespace pd
