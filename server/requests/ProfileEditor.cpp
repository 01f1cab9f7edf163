#include "ProfileEditor.h"

#include "data/ProfilePatch.h"

namespace pd {

ProfileEditor::ProfileEditor(const Database &db, const Clock &clock)
    : m_store(db, clock)
{}

std::optional<Profile> ProfileEditor::load(const QString &accountId) const
{
    return m_store.load(accountId);
}

QString ProfileEditor::apply(const QString &accountId, const QJsonObject &changes,
                             const QString &expectedEtag) const
{
    std::optional<Profile> profile = m_store.load(accountId);
    if (!profile)
        return QStringLiteral("Your profile could not be found, so nothing was changed.");
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
    if (result.emailChanged && m_store.emailTaken(profile->email, accountId))
        return QStringLiteral("The new email address cannot be used for this account, so "
                              "nothing was changed.");
    if (!m_store.save(accountId, &*profile, result.emailChanged))
        return changedMeanwhile;
    return {};
}

} // namespace pd
