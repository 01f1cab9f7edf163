#pragma once

#include "net/ServerProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <optional>

namespace pd {

// A server profile's own certificate authority, trusted by content rather
// than by path: when the user trusts a file the app copies it into its data
// folder and records its SHA-256 in the profile; each use re-reads the copy
// and refuses it if its bytes changed since (another program, or another
// local user with access to the original, could otherwise swap in a CA of
// their own and read the app's traffic).
class CaBundle
{
    Q_DECLARE_TR_FUNCTIONS(pd::CaBundle)
public:
    // A CA file larger than this is not a certificate bundle.
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    // Hex SHA-256 of a CA file's bytes, as the profile records it.
    static QByteArray fingerprint(const QByteArray &contents);
    // Reads a CA file: its bytes, or nullopt and *error (for users).
    static std::optional<QByteArray> read(const QString &path, QString *error);

    // The certificates of `profile`'s CA file, refused (nullopt and *error,
    // for users) when it cannot be read, holds no PEM certificate, or no
    // longer matches the recorded fingerprint. A profile without one (the
    // in-memory profiles of the demo and of --diagnose, and profiles saved
    // before fingerprints were kept) trusts the file it names.
    static std::optional<QList<QSslCertificate>> load(const ServerProfile &profile, QString *error);

    // Copies the CA file `profile` names into `folder` (made 0700) as
    // <profile id>.pem (0600), points the profile at the copy and records the
    // copy's fingerprint. If the profile already records one (of the file the
    // user was shown), the file must still match it. False and *error (for
    // users) otherwise; the profile is then unchanged.
    static bool adopt(ServerProfile *profile, const QString &folder, QString *error);

    static QString changedMessage();
};

} // namespace pd
