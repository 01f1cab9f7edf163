#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pd::server {

// One account's profile as stored: the email from `accounts`, the rest from
// `profiles`. Absent optional values are empty strings.
struct Profile {
    QString fullName;
    QString email;
    bool emailVerified = false;
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString phone;
    QString website;
    qint64 version = 0;
    qint64 updatedAt = 0;

    bool hasAddress() const { return !line1.isEmpty(); }
    QJsonObject toJson() const;
    // Strong entity tag of this version, quotes included.
    QByteArray etag() const;
};

} // namespace pd::server
