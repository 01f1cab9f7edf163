#pragma once

#include "account/AccountResource.h"

#include <QString>

#include <optional>

namespace pd {

// The privacy policy in force and whether the user acknowledged it.
struct PolicyVersion {
    QString version;
    QString lastUpdated; // ISO 8601 date
    QString text;        // plain text, never markup
    bool acknowledged = false;
    std::optional<QString> acknowledgedVersion; // the last one acknowledged, if any
    std::optional<QString> acknowledgedAt;      // RFC 3339
};

// The current privacy policy (GET /policy) and acknowledging a version
// (POST /policy/acknowledge).
class Policy : public AccountResource
{
    Q_OBJECT
public:
    explicit Policy(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    // The cached policy; nullopt when the copy cannot be read.
    std::optional<PolicyVersion> current() const;
    static std::optional<PolicyVersion> parse(const QJsonObject &document);

    // Acknowledges `version`. The answer, the updated policy, is cached; a
    // conflict (a newer version was published) refreshes the copy. Null
    // when no server is active.
    ServerAction *acknowledge(const QString &version);
    // Whether `error` says a newer version came out before the acknowledgement.
    static bool isNewerVersion(const ApiError &error);

private:
    CachedDocument *m_document;
};

} // namespace pd
