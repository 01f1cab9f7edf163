#pragma once

#include <QString>

namespace pd::server {

// On a first start without --tls-cert/--tls-key, makes a development CA and a
// server certificate for localhost/127.0.0.1/::1 signed by it, in the data
// folder. Clients trust the CA file explicitly (never "ignore errors").
class DevCertificateAuthority
{
public:
    struct Paths {
        QString caCertificate;
        QString serverCertificate;
        QString serverKey;
    };

    // Creates the files unless they already exist; false and *error on failure.
    static bool ensure(const QString &directory, Paths *paths, QString *error);
};

} // namespace pd::server
