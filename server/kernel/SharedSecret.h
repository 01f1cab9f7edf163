#pragma once

#include <QByteArray>
#include <QString>

namespace pd::server {

class Database;
struct ServerConfig;

// The server secret (ServerContext::secret): keys the hashes of erased data,
// email-change codes and throttle counters, and seals the idempotent answers
// and refresh successors kept in the database. Every server process on one
// database must hold the same one, or each would reject what another wrote.
//
// It lives in a file, never in the database (whoever reads only the database
// must not be able to open what it seals): --secret-file names one that
// several instances share, else server-secret.key in the data folder, made
// on first start. The database keeps a fingerprint (a keyed hash that
// reveals nothing of the secret) from the first start, and a process whose
// secret does not match refuses to start.
class SharedSecret
{
public:
    // The secret, or empty with *error set.
    static QByteArray load(const ServerConfig &config, QString *error);
    // Records the fingerprint on first use, else compares with it; false and
    // *error when they differ. Throws DatabaseError.
    static bool matchesDatabase(const Database &db, const QByteArray &secret, QString *error);
    static QString fingerprint(const QByteArray &secret);
};

} // namespace pd::server
