#include "profile/ProfileEdit.h"

#include "profile/EmailAddress.h"
#include "profile/PhoneNumberNormalizer.h"

#include <QUrl>

namespace pd {

namespace {

using Field = ProfileFields::Field;

// The limits of ProfilePatch/MailingAddressPatch in docs/api/openapi.yaml
// (and the server's own: 254 for an email, 2000 for a website).
int maxLength(Field field)
{
    switch (field) {
    case Field::FullName:
    case Field::Line1:
    case Field::Line2:
        return 200;
    case Field::City:
    case Field::Region:
        return 100;
    case Field::PostalCode:
        return 20;
    case Field::Country:
        return 2;
    case Field::Email:
        return 254;
    case Field::Phone:
        return 16;
    case Field::Website:
        return 2000;
    }
    return 0;
}

bool isValidWebsite(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !url.contains(u' ') &&
           (parsed.scheme() == QLatin1String("http") ||
            parsed.scheme() == QLatin1String("https")) &&
           !parsed.host().isEmpty() && parsed.userInfo().isEmpty();
}

} // namespace

QString ProfileEdit::label(Field field)
{
    switch (field) {
    case Field::FullName:
        return tr("Full name");
    case Field::Email:
        return tr("Email address");
    case Field::Line1:
        return tr("Address line 1");
    case Field::Line2:
        return tr("Address line 2");
    case Field::City:
        return tr("City");
    case Field::Region:
        return tr("Region or province");
    case Field::PostalCode:
        return tr("Postal code");
    case Field::Country:
        return tr("Country");
    case Field::Phone:
        return tr("Phone number");
    case Field::Website:
        return tr("Website");
    }
    return {};
}

QString ProfileEdit::displayValue(const QString &value)
{
    return value.isEmpty() ? tr("(none)") : value;
}

ProfileEdit::Checked ProfileEdit::check(const ProfileFields &typed, const QLocale &locale)
{
    Checked checked;
    for (const Field field : ProfileFields::all())
        checked.fields.setValue(field, typed.value(field).trimmed());
    ProfileFields &fields = checked.fields;
    fields.country = fields.country.toUpper();

    const auto fail = [&checked](Field field, const QString &problem) {
        if (!checked.problem.isEmpty())
            return;
        checked.problem = problem;
        checked.field = field;
    };
    const bool address = fields.hasAddress();
    for (const Field field : ProfileFields::all()) {
        const QString value = fields.value(field);
        if (value.size() > maxLength(field) && field != Field::Phone && field != Field::Country) {
            fail(field, tr("%1 can be at most %n character(s) long.", nullptr, maxLength(field))
                            .arg(label(field)));
            continue;
        }
        switch (field) {
        case Field::FullName:
            if (value.isEmpty())
                fail(field, tr("Enter your full name."));
            break;
        case Field::Email:
            if (value.isEmpty())
                fail(field, tr("Enter your email address."));
            else if (!EmailAddress::isValid(value))
                fail(field, tr("“%1” is not a valid email address.").arg(value));
            break;
        case Field::Line1:
            if (address && value.isEmpty())
                fail(field, tr("Enter the first line of your address (or clear every address "
                               "field to remove the address)."));
            break;
        case Field::City:
            if (address && value.isEmpty())
                fail(field, tr("Enter the city of your address."));
            break;
        case Field::Country:
            if (address && value.isEmpty())
                fail(field, tr("Enter the country of your address (two letters, e.g. ID)."));
            else if (!value.isEmpty() && (value.size() != 2 ||
                                          QLocale::codeToTerritory(value) == QLocale::AnyTerritory))
                fail(field,
                     tr("“%1” is not a two-letter country code such as ID or DE.").arg(value));
            break;
        case Field::Phone:
            if (!value.isEmpty()) {
                const auto result = PhoneNumberNormalizer::normalize(
                    value, PhoneNumberNormalizer::defaultRegion(fields.country, locale));
                if (result.isValid())
                    fields.phone = result.e164;
                else
                    fail(field, result.problem);
            }
            break;
        case Field::Website:
            if (!value.isEmpty() && !isValidWebsite(value))
                fail(field, tr("The website must be a full address starting with http:// or "
                               "https://, for example https://example.id."));
            break;
        case Field::Line2:
        case Field::Region:
        case Field::PostalCode:
            break;
        }
    }
    return checked;
}

QList<ProfileFields::Field> ProfileEdit::changes(const ProfileFields &before,
                                                 const ProfileFields &after)
{
    QList<Field> changed;
    for (const Field field : ProfileFields::all()) {
        if (!ProfileFields::same(field, before.value(field), after.value(field)))
            changed << field;
    }
    return changed;
}

QJsonObject ProfileEdit::mergePatch(const ProfileFields &before, const ProfileFields &after)
{
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    QJsonObject patch;
    QJsonObject address;
    const bool newAddress = after.hasAddress() && !before.hasAddress();
    for (const Field field : changes(before, after)) {
        const QString value = after.value(field);
        if (!ProfileFields::isAddressField(field)) {
            patch.insert(ProfileFields::memberName(field),
                         field == Field::Phone || field == Field::Website ? nullable(value)
                                                                          : QJsonValue(value));
        } else if (newAddress) {
            // Merging into null: members left out are null on the server.
            if (!value.isEmpty())
                address.insert(ProfileFields::memberName(field), value);
        } else {
            address.insert(ProfileFields::memberName(field), nullable(value));
        }
    }
    if (before.hasAddress() && !after.hasAddress())
        patch.insert(QStringLiteral("mailing_address"), QJsonValue::Null);
    else if (!address.isEmpty())
        patch.insert(QStringLiteral("mailing_address"), address);
    return patch;
}

ProfileEdit::Rebased ProfileEdit::rebase(const ProfileFields &oldBase, const ProfileFields &newBase,
                                         const ProfileFields &edited)
{
    Rebased rebased;
    rebased.fields = edited;
    for (const Field field : ProfileFields::all()) {
        const QString theirs = newBase.value(field);
        if (ProfileFields::same(field, oldBase.value(field), theirs))
            continue; // not changed on the server
        const QString mine = edited.value(field);
        if (ProfileFields::same(field, oldBase.value(field), mine)) {
            rebased.fields.setValue(field, theirs);
            rebased.changedElsewhere << field;
        } else if (!ProfileFields::same(field, mine, theirs)) {
            rebased.conflicts << field;
        }
    }
    return rebased;
}

} // namespace pd
