#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QJsonObject;

namespace pd {

// Why an API exchange failed. `userMessage()` is what the UI shows (translated,
// chosen by kind and problem slug); `developerDetail` is for logs and bug
// reports and may be untranslated.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(pd::ApiError)
public:
    enum class Kind { Network, Timeout, Tls, Http, Problem, Malformed, TooLarge, Cancelled };

    struct FieldError {
        QString field;
        QString message;
        bool operator==(const FieldError &) const = default;
    };

    ApiError() = default;
    ApiError(Kind kind, QString developerDetail);

    static ApiError network(const QString &detail) { return {Kind::Network, detail}; }
    static ApiError timeout(const QString &detail) { return {Kind::Timeout, detail}; }
    static ApiError tls(const QString &detail) { return {Kind::Tls, detail}; }
    static ApiError malformed(const QString &detail) { return {Kind::Malformed, detail}; }
    static ApiError tooLarge(qint64 limitBytes);
    static ApiError cancelled() { return {Kind::Cancelled, QStringLiteral("cancelled")}; }
    static ApiError http(int status, const QString &detail);
    static ApiError problem(int status, const QString &slug, const QString &detail);
    // From a problem+json body; nullopt when `body` is not one of ours.
    static std::optional<ApiError> fromProblem(int status, const QJsonObject &body);

    Kind kind() const { return m_kind; }
    // The problem slug ("rate-limited"), empty unless kind() == Problem.
    QString slug() const { return m_slug; }
    int httpStatus() const { return m_httpStatus; }
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }
    QString developerDetail() const { return m_detail; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    QString requestId() const { return m_requestId; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setRetryAfterSeconds(std::optional<int> seconds) { m_retryAfter = seconds; }
    void setRequestId(const QString &id) { m_requestId = id; }
    // A user message that overrides the generic one (e.g. a TLS explanation).
    void setUserMessage(const QString &message) { m_userMessage = message; }

    bool isProblem(QLatin1String slug) const { return m_kind == Kind::Problem && m_slug == slug; }
    // Translated, for users.
    QString userMessage() const;
    // For logs: kind, status, slug and request id; no body, no personal data.
    QString logSummary() const;
    static QString kindName(Kind kind);
    static QString messageForSlug(const QString &slug);

private:
    Kind m_kind = Kind::Network;
    QString m_slug;
    int m_httpStatus = 0;
    std::optional<int> m_retryAfter;
    QString m_detail;
    QString m_userMessage;
    QString m_requestId;
    QList<FieldError> m_fieldErrors;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ApiError)
