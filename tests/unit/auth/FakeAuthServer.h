#pragma once

#include "FakeNetwork.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pd::test {

// The auth routes of a fake server.
struct FakeAuthServer {
    int generation = 1;
    QString access() const { return QStringLiteral("a%1").arg(generation); }
    QString refresh() const { return QStringLiteral("r%1").arg(generation); }
    bool unreachableSignOut = false;
    bool storeHadTokenAtSignOut = false;
    std::function<bool()> storeHasToken;

    static FakeResponse tokenSet(const QString &access, const QString &refresh)
    {
        return FakeResponse::json(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("authenticated")},
                                      {QStringLiteral("access_token"), access},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("expires_in"), 900},
                                      {QStringLiteral("refresh_token"), refresh},
                                      {QStringLiteral("session_id"), QStringLiteral("s1")}})
                .toJson());
    }

    FakeResponse answer(const FakeRequest &request)
    {
        const QString path = request.url.path();
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (path == QLatin1String("/api/v1/auth/password")) {
            if (body.value(QLatin1String("password")).toString() != QLatin1String("pw"))
                return FakeResponse::problem(401, QStringLiteral("invalid-credentials"));
            if (body.value(QLatin1String("email")).toString() == QLatin1String("mfa@example.com")) {
                return FakeResponse::json(
                    200,
                    R"({"status":"mfa_required","challenge_id":"c1","methods":["totp"],"expires_in":300})");
            }
            return tokenSet(access(), refresh());
        }
        if (path == QLatin1String("/api/v1/auth/oidc")) {
            const QString token = body.value(QLatin1String("id_token")).toString();
            if (token == QLatin1String("unlinked"))
                return FakeResponse::problem(401, QStringLiteral("identity-not-linked"));
            if (token == QLatin1String("mfa"))
                return FakeResponse::json(
                    200,
                    R"({"status":"mfa_required","challenge_id":"c1","methods":["totp"],"expires_in":300})");
            return tokenSet(access(), refresh());
        }
        if (path == QLatin1String("/api/v1/auth/totp")) {
            if (body.value(QLatin1String("challenge_id")).toString() != QLatin1String("c1") ||
                body.value(QLatin1String("code")).toString() != QLatin1String("123456"))
                return FakeResponse::problem(401, QStringLiteral("invalid-credentials"));
            return tokenSet(access(), refresh());
        }
        if (path == QLatin1String("/api/v1/auth/refresh")) {
            if (body.value(QLatin1String("refresh_token")).toString() != refresh())
                return FakeResponse::problem(401, QStringLiteral("refresh-token-reused"));
            ++generation;
            return tokenSet(access(), refresh());
        }
        if (path == QLatin1String("/api/v1/auth/sign-out")) {
            storeHadTokenAtSignOut = storeHasToken && storeHasToken();
            FakeResponse response;
            if (unreachableSignOut)
                response.networkError = QNetworkReply::ConnectionRefusedError;
            else
                response = FakeResponse::json(204, {});
            return response;
        }
        if (request.header("Authorization") != "Bearer " + access().toLatin1())
            return FakeResponse::problem(401, QStringLiteral("unauthenticated"));
        return FakeResponse::json(200, R"({"full_name":"x"})");
    }
};

} // namespace pd::test
