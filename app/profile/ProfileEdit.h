#pragma once

#include "profile/ProfileFields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace pd {

// The rules of a profile correction (an `edit` request), without widgets:
// checking and normalising what the user typed against the limits of
// ProfilePatch in the API contract, the JSON merge patch of only what changed,
// and folding a newer server copy of the profile into the user's edits
// without losing either side.
class ProfileEdit
{
    Q_DECLARE_TR_FUNCTIONS(pd::ProfileEdit)
public:
    using Field = ProfileFields::Field;

    struct Checked {
        // Trimmed; the phone in E.164 and the country in upper case when
        // they are valid, else as typed.
        ProfileFields fields;
        // The first problem (translated) and its field; empty when valid.
        QString problem;
        std::optional<Field> field;
        bool isValid() const { return problem.isEmpty(); }
    };

    // Checks every field of `typed`. A phone number without "+" is read as
    // dialled in the address's country, else in `locale`'s territory.
    static Checked check(const ProfileFields &typed, const QLocale &locale = QLocale());

    // The fields whose value differs between `before` and `after`.
    static QList<Field> changes(const ProfileFields &before, const ProfileFields &after);
    // RFC 7396 merge patch turning `before` into `after` (both checked):
    // only changed members; null clears a nullable one; an address that is
    // new is sent whole, one that is removed as null.
    static QJsonObject mergePatch(const ProfileFields &before, const ProfileFields &after);

    // A newer copy of the profile arrived while the user was editing.
    struct Rebased {
        ProfileFields fields;          // what the form should now hold
        QList<Field> changedElsewhere; // changed on the server, untouched here: taken over
        QList<Field> conflicts;        // changed on both sides, differently: the user's kept
    };
    // `oldBase` is what the form was filled from, `newBase` the server's
    // current copy, `edited` the checked form.
    static Rebased rebase(const ProfileFields &oldBase, const ProfileFields &newBase,
                          const ProfileFields &edited);

    // For users: "Full name", "Postal code"...
    static QString label(Field field);
    // A value for a summary: the value, or "(none)" when empty.
    static QString displayValue(const QString &value);
};

} // namespace pd
