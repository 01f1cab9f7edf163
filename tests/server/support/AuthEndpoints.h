#pragma once

#include <QString>

// The auth endpoints the server suites call, spelt once. Suites that test
// an endpoint by its path say `using namespace pd::test::endpoints;`.
namespace pd::test::endpoints {

inline const QString kPassword = QStringLiteral("/api/v1/auth/password");
inline const QString kTotp = QStringLiteral("/api/v1/auth/totp");
inline const QString kRefresh = QStringLiteral("/api/v1/auth/refresh");
inline const QString kSignOut = QStringLiteral("/api/v1/auth/sign-out");
inline const QString kSessions = QStringLiteral("/api/v1/auth/sessions");
inline const QString kRevokeAll = QStringLiteral("/api/v1/auth/sessions/revoke-all");
inline const QString kReauthenticate = QStringLiteral("/api/v1/auth/reauthenticate");
inline const QString kChangePassword = QStringLiteral("/api/v1/auth/password/change");
inline const QString kSecurity = QStringLiteral("/api/v1/auth/security");
inline const QString kEnrol = QStringLiteral("/api/v1/auth/totp/enrol");
inline const QString kConfirm = QStringLiteral("/api/v1/auth/totp/confirm");
inline const QString kDisable = QStringLiteral("/api/v1/auth/totp/disable");
inline const QString kOidc = QStringLiteral("/api/v1/auth/oidc");
inline const QString kNonce = QStringLiteral("/api/v1/auth/oidc/nonce");
inline const QString kIdentities = QStringLiteral("/api/v1/auth/oidc/identities");

} // namespace pd::test::endpoints
