#pragma once

#include <QJsonObject>
#include <QString>

// Bodies of POST /api/v1/requests, for the suites that file requests.
namespace pd::test {

inline QJsonObject requestBody(const QString &type, const QJsonObject &payload)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("payload"), payload}};
}

// A security report (phishing) saying `description`.
inline QJsonObject securityReportBody(const QString &description)
{
    return requestBody(QStringLiteral("security_report"),
                       QJsonObject{{QStringLiteral("category"), QStringLiteral("phishing")},
                                   {QStringLiteral("description"), description}});
}

} // namespace pd::test
