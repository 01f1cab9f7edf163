#include "ProfilePatch.h"

#include <QRegularExpression>
#include <QUrl>

namespace pd::server {

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control;
    });
}

// Reads one string member of the patch, appending to `errors`. Nullable
// members read null as the empty string (storage's "absent").
class MemberReader
{
public:
    MemberReader(QList<FieldError> *errors, QString prefix)
        : m_errors(errors)
        , m_prefix(std::move(prefix))
    {}

    bool read(const QJsonValue &value, const QString &name, int maxLength, bool nullable,
              QString *out)
    {
        const QString field = m_prefix + name;
        if (value.isNull()) {
            if (!nullable)
                return fail(field, QStringLiteral("%1 cannot be null").arg(field));
            out->clear();
            return true;
        }
        if (!value.isString())
            return fail(field, QStringLiteral("%1 must be a string").arg(field));
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return fail(field, QStringLiteral("%1 must not be empty").arg(field));
        if (text.size() > maxLength)
            return fail(
                field,
                QStringLiteral("%1 must be at most %2 characters").arg(field).arg(maxLength));
        if (hasControlCharacters(text))
            return fail(field, QStringLiteral("%1 must not contain control characters").arg(field));
        *out = text;
        return true;
    }

    bool fail(const QString &field, const QString &message)
    {
        m_errors->append({field, message});
        return false;
    }

private:
    QList<FieldError> *m_errors;
    QString m_prefix;
};

void patchAddress(const QJsonValue &value, Profile *profile, QList<FieldError> *errors)
{
    MemberReader reader(errors, QStringLiteral("mailing_address."));
    if (value.isNull()) {
        profile->line1.clear();
        profile->line2.clear();
        profile->city.clear();
        profile->region.clear();
        profile->postalCode.clear();
        profile->country.clear();
        return;
    }
    if (!value.isObject()) {
        errors->append({QStringLiteral("mailing_address"),
                        QStringLiteral("mailing_address must be an object or null")});
        return;
    }
    const QJsonObject address = value.toObject();
    if (address.isEmpty()) {
        errors->append({QStringLiteral("mailing_address"),
                        QStringLiteral("mailing_address must change at least one field")});
        return;
    }
    struct Member {
        const char *name;
        int maxLength;
        bool nullable;
        QString *target;
    };
    const Member members[] = {
        {"line1", 200, false, &profile->line1},
        {"line2", 200, true, &profile->line2},
        {"city", 100, false, &profile->city},
        {"region", 100, true, &profile->region},
        {"postal_code", 20, true, &profile->postalCode},
        {"country", 100, false, &profile->country},
    };
    QStringList known;
    for (const Member &member : members) {
        const QString name = QString::fromLatin1(member.name);
        known << name;
        if (!address.contains(name))
            continue;
        QString text;
        if (!reader.read(address.value(name), name, member.maxLength, member.nullable, &text))
            continue;
        static const QRegularExpression countryPattern(QStringLiteral("^[A-Z]{2}$"));
        if (name == QLatin1String("country") && !countryPattern.match(text).hasMatch()) {
            reader.fail(QStringLiteral("mailing_address.country"),
                        QStringLiteral("mailing_address.country must be an ISO 3166-1 alpha-2 "
                                       "code in upper case"));
            continue;
        }
        *member.target = text;
    }
    for (auto it = address.begin(); it != address.end(); ++it) {
        if (!known.contains(it.key()))
            reader.fail(QStringLiteral("mailing_address.") + it.key(),
                        QStringLiteral("mailing_address.%1 is not a known member").arg(it.key()));
    }
    // A new address must be complete; a partial patch of an existing one
    // keeps the stored members.
    for (const Member &member : members) {
        const QString name = QString::fromLatin1(member.name);
        if (!member.nullable && member.target->isEmpty() && !address.contains(name)) {
            reader.fail(QStringLiteral("mailing_address.") + name,
                        QStringLiteral("mailing_address.%1 is required").arg(name));
        }
    }
}

} // namespace

bool ProfilePatch::isValidEmail(const QString &email)
{
    // The `email` format of the contract validator (ajv-formats).
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                       "(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"),
        QRegularExpression::CaseInsensitiveOption);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool ProfilePatch::isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(phone).hasMatch();
}

bool ProfilePatch::isValidWebsite(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !url.contains(QLatin1Char(' ')) &&
           (parsed.scheme() == QLatin1String("http") ||
            parsed.scheme() == QLatin1String("https")) &&
           !parsed.host().isEmpty() && parsed.userInfo().isEmpty();
}

ProfilePatch::Result ProfilePatch::apply(const QJsonObject &patch, Profile *profile)
{
    Result result;
    const Profile before = *profile;
    MemberReader reader(&result.errors, QString());
    if (patch.isEmpty())
        reader.fail(QStringLiteral("body"),
                    QStringLiteral("the patch must change at least one field"));
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue value = it.value();
        if (name == QLatin1String("full_name")) {
            reader.read(value, name, 200, false, &profile->fullName);
        } else if (name == QLatin1String("email")) {
            QString email;
            if (reader.read(value, name, 254, false, &email)) {
                if (isValidEmail(email))
                    profile->email = email.toLower();
                else
                    reader.fail(name, QStringLiteral("email must be a valid email address"));
            }
        } else if (name == QLatin1String("phone")) {
            QString phone;
            if (reader.read(value, name, 16, true, &phone)) {
                if (phone.isEmpty() || isValidPhone(phone))
                    profile->phone = phone;
                else
                    reader.fail(
                        name, QStringLiteral("phone must be in E.164 format, e.g. +6281234567890"));
            }
        } else if (name == QLatin1String("website")) {
            QString website;
            if (reader.read(value, name, 2000, true, &website)) {
                if (website.isEmpty() || isValidWebsite(website))
                    profile->website = website;
                else
                    reader.fail(name, QStringLiteral("website must be an http or https URL"));
            }
        } else if (name == QLatin1String("mailing_address")) {
            patchAddress(value, profile, &result.errors);
        } else if (name == QLatin1String("email_verified") || name == QLatin1String("updated_at")) {
            reader.fail(name, QStringLiteral("%1 is read-only").arg(name));
        } else {
            reader.fail(name, QStringLiteral("%1 is not a known member").arg(name));
        }
    }
    if (!result.errors.isEmpty())
        return result;

    result.emailChanged = profile->email != before.email;
    if (profile->fullName != before.fullName)
        result.changedFields << QStringLiteral("full_name");
    if (result.emailChanged)
        result.changedFields << QStringLiteral("email");
    if (profile->line1 != before.line1 || profile->line2 != before.line2 ||
        profile->city != before.city || profile->region != before.region ||
        profile->postalCode != before.postalCode || profile->country != before.country)
        result.changedFields << QStringLiteral("mailing_address");
    if (profile->phone != before.phone)
        result.changedFields << QStringLiteral("phone");
    if (profile->website != before.website)
        result.changedFields << QStringLiteral("website");
    return result;
}

} // namespace pd::server
