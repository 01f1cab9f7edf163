#include "profile/ProfileFields.h"

namespace pd {

namespace {

QString stringOrEmpty(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

} // namespace

QList<ProfileFields::Field> ProfileFields::all()
{
    return {Field::FullName, Field::Email,      Field::Line1,   Field::Line2, Field::City,
            Field::Region,   Field::PostalCode, Field::Country, Field::Phone, Field::Website};
}

bool ProfileFields::isAddressField(Field field)
{
    switch (field) {
    case Field::Line1:
    case Field::Line2:
    case Field::City:
    case Field::Region:
    case Field::PostalCode:
    case Field::Country:
        return true;
    case Field::FullName:
    case Field::Email:
    case Field::Phone:
    case Field::Website:
        return false;
    }
    return false;
}

QString ProfileFields::memberName(Field field)
{
    switch (field) {
    case Field::FullName:
        return QStringLiteral("full_name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Line1:
        return QStringLiteral("line1");
    case Field::Line2:
        return QStringLiteral("line2");
    case Field::City:
        return QStringLiteral("city");
    case Field::Region:
        return QStringLiteral("region");
    case Field::PostalCode:
        return QStringLiteral("postal_code");
    case Field::Country:
        return QStringLiteral("country");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Website:
        return QStringLiteral("website");
    }
    return {};
}

ProfileFields ProfileFields::fromJson(const QJsonObject &profile)
{
    ProfileFields fields;
    fields.fullName = stringOrEmpty(profile, QStringLiteral("full_name"));
    fields.email = stringOrEmpty(profile, QStringLiteral("email"));
    fields.phone = stringOrEmpty(profile, QStringLiteral("phone"));
    fields.website = stringOrEmpty(profile, QStringLiteral("website"));
    const QJsonObject address = profile.value(QStringLiteral("mailing_address")).toObject();
    for (const Field field : all()) {
        if (isAddressField(field))
            fields.setValue(field, stringOrEmpty(address, memberName(field)));
    }
    return fields;
}

QString ProfileFields::value(Field field) const
{
    switch (field) {
    case Field::FullName:
        return fullName;
    case Field::Email:
        return email;
    case Field::Line1:
        return line1;
    case Field::Line2:
        return line2;
    case Field::City:
        return city;
    case Field::Region:
        return region;
    case Field::PostalCode:
        return postalCode;
    case Field::Country:
        return country;
    case Field::Phone:
        return phone;
    case Field::Website:
        return website;
    }
    return {};
}

void ProfileFields::setValue(Field field, const QString &value)
{
    switch (field) {
    case Field::FullName:
        fullName = value;
        break;
    case Field::Email:
        email = value;
        break;
    case Field::Line1:
        line1 = value;
        break;
    case Field::Line2:
        line2 = value;
        break;
    case Field::City:
        city = value;
        break;
    case Field::Region:
        region = value;
        break;
    case Field::PostalCode:
        postalCode = value;
        break;
    case Field::Country:
        country = value;
        break;
    case Field::Phone:
        phone = value;
        break;
    case Field::Website:
        website = value;
        break;
    }
}

bool ProfileFields::hasAddress() const
{
    return !line1.isEmpty() || !line2.isEmpty() || !city.isEmpty() || !region.isEmpty() ||
           !postalCode.isEmpty() || !country.isEmpty();
}

bool ProfileFields::same(Field field, const QString &a, const QString &b)
{
    return a.compare(b, field == Field::Email ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

} // namespace pd
