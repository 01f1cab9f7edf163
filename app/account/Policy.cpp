#include "account/Policy.h"

#include "account/ServerAction.h"
#include "cache/CachedDocument.h"
#include "common/JsonReader.h"

namespace pd {

Policy::Policy(DocumentCache *cache, QObject *parent)
    : AccountResource(cache, parent)
    // The policy's text is shown whole, however long.
    , m_document(makeDocument(QStringLiteral("policy"), QStringLiteral("/policy"), 0))
{}

std::optional<PolicyVersion> Policy::current() const
{
    return parse(m_document->object());
}

std::optional<PolicyVersion> Policy::parse(const QJsonObject &document)
{
    JsonReader reader(document);
    PolicyVersion policy;
    policy.version = reader.string(u"version");
    policy.lastUpdated = reader.string(u"last_updated");
    policy.text = reader.string(u"text");
    policy.acknowledged = reader.boolean(u"acknowledged");
    policy.acknowledgedVersion = reader.optionalString(u"acknowledged_version");
    policy.acknowledgedAt = reader.optionalString(u"acknowledged_at");
    if (!reader.ok())
        return std::nullopt;
    return policy;
}

ServerAction *Policy::acknowledge(const QString &version)
{
    ServerAction *job =
        send(ApiRequest::post(QStringLiteral("/policy/acknowledge"),
                              QJsonDocument(QJsonObject{{QStringLiteral("version"), version}})),
             0); // the answer is the policy, its text whole
    if (!job)
        return nullptr;
    connect(job, &ServerAction::finished, this, [this](const ApiResult &result) {
        if (result.ok())
            m_document->store(result.json);
        else if (isNewerVersion(*result.error))
            m_document->refresh();
    });
    return job;
}

bool Policy::isNewerVersion(const ApiError &error)
{
    return error.isProblem(QLatin1String("conflict"));
}

} // namespace pd
