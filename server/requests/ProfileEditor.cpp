#include "ProfileEditor.h"

#include "data/ProfilePatch.h"

namespace pd::server {

ProfileEditor::ProfileEditor(const Database &db, const Clock &clock)
    : m_store(db, clock)
{}

std::optional<Profile> ProfileEditor::load(const QString &accountId) const
{
    return m_store.load(accountId);
}

QString ProfileEditor::apply(const QString &accountId, const QJsonObject &changes,
                             const QString &expectedEtag, QString *reasonCode) const
{
    const auto because = [reasonCode](const char *code) {
        if (reasonCode)
            *reasonCode = QString::fromLatin1(code);
    };
    because("data_changed");
    std::optional<Profile> profile = m_store.load(accountId);
    if (!profile) {
        because("no_match");
        return QStringLiteral("Your profile could not be found, so nothing was changed.");
    }
    const QString changedMeanwhile =
        QStringLiteral("Your profile changed after this request was filed, so these corrections "
                       "were not applied. Please review your profile and file a new request if "
                       "anything is still wrong.");
    if (QString::fromLatin1(profile->etag()) != expectedEtag)
        return changedMeanwhile;
    const ProfilePatch::Result result = ProfilePatch::apply(changes, &*profile);
    if (!result.errors.isEmpty())
        return QStringLiteral("These corrections no longer fit your profile, so nothing was "
                              "changed.");
    // The sign-in address changes only after re-authentication and a code
    // sent to the new address (PATCH /profile); a correction request filed
    // with a bare access token must not move the account elsewhere.
    if (result.emailChanged) {
        because("claim_not_covered");
        return QStringLiteral("The email address cannot be changed by a correction request, so "
                              "nothing was changed. Change it on the Personal data page, where "
                              "the new address confirms a code.");
    }
    if (!m_store.save(accountId, &*profile, false))
        return changedMeanwhile;
    because("");
    return {};
}

} // namespace pd::server
