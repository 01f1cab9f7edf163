#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd {

// The editable members of GET /profile as flat strings, the way a form holds
// them: an empty string is a member that is null (or, for the address, an
// address that is not on file).
struct ProfileFields {
    enum class Field {
        FullName,
        Email,
        Line1,
        Line2,
        City,
        Region,
        PostalCode,
        Country,
        Phone,
        Website,
    };

    QString fullName;
    QString email;
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString phone;
    QString website;

    // Every field, in form order.
    static QList<Field> all();
    static bool isAddressField(Field field);
    // The member's name in the API ("full_name", "postal_code"...).
    static QString memberName(Field field);

    static ProfileFields fromJson(const QJsonObject &profile);

    QString value(Field field) const;
    void setValue(Field field, const QString &value);
    // Any address member is set.
    bool hasAddress() const;
    // Whether `a` and `b` are the same value of `field` (emails are compared
    // without case, as the server stores them in lower case).
    static bool same(Field field, const QString &a, const QString &b);

    bool operator==(const ProfileFields &) const = default;
};

} // namespace pd
