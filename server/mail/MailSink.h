#pragma once

#include "MailMessage.h"

#include <QString>

namespace pd::server {

// Where the server's mail goes: a relay in production, a maildir folder in
// the demo and in tests (which read the codes from it).
class MailSink
{
public:
    virtual ~MailSink() = default;
    // Hands the message on; false and *error (naming no address) on failure.
    virtual bool send(const MailMessage &message, QString *error) = 0;
};

} // namespace pd::server
