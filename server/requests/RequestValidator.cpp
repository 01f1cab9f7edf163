#include "RequestValidator.h"

#include "ExportCategories.h"
#include "FieldFormats.h"
#include "PayloadReader.h"
#include "data/ProfilePatch.h"
#include "kernel/Discovery.h"

namespace pd::server {

namespace {
const QString kPayload = QStringLiteral("payload");
} // namespace

const QStringList &RequestValidator::exportCategories()
{
    static const QStringList categories = ExportCategories::names();
    return categories;
}

const QStringList &RequestValidator::marketingChannels()
{
    static const QStringList channels{QStringLiteral("email"), QStringLiteral("sms"),
                                      QStringLiteral("whatsapp"), QStringLiteral("push")};
    return channels;
}

QList<FieldError> RequestValidator::validate(const QJsonObject &body,
                                             const RequestAccountFacts &account)
{
    QList<FieldError> errors;
    PayloadReader reader(body, {}, &errors);
    reader.rejectUnknown({QStringLiteral("type"), kPayload});
    const QString type = reader.choice(QStringLiteral("type"), Discovery::requestTypes(), true);
    const std::optional<QJsonObject> payload = reader.object(kPayload, true);
    if (type.isEmpty() || !payload)
        return errors;

    if (type == QLatin1String("edit"))
        validateEdit(*payload, account, &errors);
    else if (type == QLatin1String("export"))
        validateExport(*payload, &errors);
    else if (type == QLatin1String("delete"))
        validateDelete(*payload, account, &errors);
    else if (type == QLatin1String("unsubscribe"))
        validateUnsubscribe(*payload, &errors);
    else if (type == QLatin1String("restrict"))
        validateProcessing(*payload, false, &errors);
    else if (type == QLatin1String("object"))
        validateProcessing(*payload, true, &errors);
    else if (type == QLatin1String("guardian_removal"))
        validateGuardianRemoval(*payload, &errors);
    else if (type == QLatin1String("security_report"))
        validateSecurityReport(*payload, &errors);
    return errors;
}

void RequestValidator::validateEdit(const QJsonObject &payload, const RequestAccountFacts &account,
                                    QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    reader.rejectUnknown({QStringLiteral("changes"), QStringLiteral("expected_etag")});
    const QString etag = reader.text(QStringLiteral("expected_etag"), 200, true);
    if (!etag.isEmpty() && !FieldFormats::isEntityTag(etag))
        reader.fail(
            QStringLiteral("expected_etag"),
            QStringLiteral("payload.expected_etag must be the profile's ETag, quotes included"));
    const QJsonValue changes = payload.value(QStringLiteral("changes"));
    const QString changesPath = reader.path(QStringLiteral("changes"));
    if (!changes.isObject() || changes.toObject().isEmpty()) {
        errors->append({changesPath, changesPath + QStringLiteral(" must be an object with at "
                                                                  "least one member")});
        return;
    }
    if (!account.profile)
        return;
    // Exactly the checks of PATCH /profile, applied to a scratch copy.
    Profile scratch = *account.profile;
    const ProfilePatch::Result result = ProfilePatch::apply(changes.toObject(), &scratch);
    for (const FieldError &error : result.errors)
        errors->append({changesPath + QLatin1Char('.') + error.field,
                        changesPath + QLatin1Char('.') + error.message});
    // See ProfileEditor: the sign-in address has its own, confirmed path.
    if (result.errors.isEmpty() && result.emailChanged)
        errors->append({changesPath + QStringLiteral(".email"),
                        changesPath + QStringLiteral(".email cannot be changed by a request; "
                                                     "change the email in the profile, where "
                                                     "the new address confirms a code")});
}

void RequestValidator::validateExport(const QJsonObject &payload, QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    reader.rejectUnknown({QStringLiteral("categories"), QStringLiteral("format")});
    reader.textList(QStringLiteral("categories"), exportCategories(),
                    int(exportCategories().size()), 100);
    reader.choice(QStringLiteral("format"),
                  {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("both")}, true);
}

void RequestValidator::validateDelete(const QJsonObject &payload,
                                      const RequestAccountFacts &account, QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    reader.rejectUnknown({QStringLiteral("confirm_email"), QStringLiteral("reason")});
    const QString email = reader.text(QStringLiteral("confirm_email"), 254, true);
    if (!email.isEmpty() && email.compare(account.email, Qt::CaseInsensitive) != 0)
        reader.fail(QStringLiteral("confirm_email"),
                    QStringLiteral("payload.confirm_email must be the account's email address"));
    reader.text(QStringLiteral("reason"), 2000, false);
}

void RequestValidator::validateUnsubscribe(const QJsonObject &payload, QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    reader.rejectUnknown({QStringLiteral("channels")});
    reader.textList(QStringLiteral("channels"), marketingChannels(),
                    int(marketingChannels().size()), 20);
}

void RequestValidator::validateProcessing(const QJsonObject &payload, bool objection,
                                          QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    QStringList allowed{QStringLiteral("processing"), QStringLiteral("reason")};
    // An objection filed from a processor or recipient of GET /data-locations
    // or /sharing names it (ObjectionTarget).
    if (objection)
        allowed.append(QStringLiteral("target"));
    reader.rejectUnknown(allowed);
    reader.textList(QStringLiteral("processing"), {}, 20, 200);
    reader.text(QStringLiteral("reason"), 2000, true);
    if (!objection)
        return;
    const std::optional<QJsonObject> target = reader.object(QStringLiteral("target"), false);
    if (!target)
        return;
    PayloadReader targetReader(*target, reader.path(QStringLiteral("target")), errors);
    targetReader.rejectUnknown({QStringLiteral("name"), QStringLiteral("kind"),
                                QStringLiteral("data_category"), QStringLiteral("purpose")});
    targetReader.text(QStringLiteral("name"), 200, true);
    targetReader.choice(QStringLiteral("kind"),
                        {QStringLiteral("processor"), QStringLiteral("recipient")}, true);
    targetReader.text(QStringLiteral("data_category"), 200, true);
    targetReader.text(QStringLiteral("purpose"), 1000, true);
}

void RequestValidator::validateGuardianRemoval(const QJsonObject &payload,
                                               QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    reader.rejectUnknown({QStringLiteral("guardian_name"), QStringLiteral("relation"),
                          QStringLiteral("minor"), QStringLiteral("statement")});
    reader.text(QStringLiteral("guardian_name"), 200, true);
    reader.choice(
        QStringLiteral("relation"),
        {QStringLiteral("parent"), QStringLiteral("legal_guardian"), QStringLiteral("other")},
        true);
    reader.text(QStringLiteral("statement"), 10000, true);
    const std::optional<QJsonObject> minor = reader.object(QStringLiteral("minor"), true);
    if (!minor)
        return;
    PayloadReader minorReader(*minor, reader.path(QStringLiteral("minor")), errors);
    minorReader.rejectUnknown({QStringLiteral("full_name"), QStringLiteral("email"),
                               QStringLiteral("phone"), QStringLiteral("username")});
    minorReader.text(QStringLiteral("full_name"), 200, true);
    const QString email = minorReader.text(QStringLiteral("email"), 254, false);
    if (!email.isEmpty() && !ProfilePatch::isValidEmail(email))
        minorReader.fail(QStringLiteral("email"),
                         QStringLiteral("payload.minor.email is not an email address"));
    if (minorReader.has(QStringLiteral("phone")) &&
        !FieldFormats::isE164Phone(minor->value(QStringLiteral("phone")).toString()))
        minorReader.fail(QStringLiteral("phone"),
                         QStringLiteral("payload.minor.phone must be an E.164 number"));
    minorReader.text(QStringLiteral("username"), 200, false);
    if (!minorReader.has(QStringLiteral("email")) && !minorReader.has(QStringLiteral("phone")) &&
        !minorReader.has(QStringLiteral("username")))
        reader.fail(QStringLiteral("minor"),
                    QStringLiteral("payload.minor needs at least one of email, phone, username"));
}

void RequestValidator::validateSecurityReport(const QJsonObject &payload, QList<FieldError> *errors)
{
    PayloadReader reader(payload, kPayload, errors);
    reader.rejectUnknown(
        {QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("diagnostics")});
    reader.choice(QStringLiteral("category"),
                  {QStringLiteral("vulnerability"), QStringLiteral("account_compromise"),
                   QStringLiteral("phishing"), QStringLiteral("data_exposure"),
                   QStringLiteral("other")},
                  true);
    reader.text(QStringLiteral("description"), 10000, true);
    const QJsonValue diagnostics = payload.value(QStringLiteral("diagnostics"));
    if (!diagnostics.isUndefined() &&
        (!diagnostics.isString() || diagnostics.toString().size() > 65536))
        reader.fail(
            QStringLiteral("diagnostics"),
            QStringLiteral("payload.diagnostics must be a string of at most 65536 characters"));
}

} // namespace pd::server
