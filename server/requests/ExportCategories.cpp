#include "ExportCategories.h"

namespace pd::server {

namespace {

using Kind = ExportColumnKind;

ExportColumn column(const QString &name, Kind kind = Kind::Text, const QString &sql = {})
{
    return ExportColumn{name, sql.isEmpty() ? name : sql, kind};
}

QList<ExportCategory> build()
{
    QList<ExportCategory> list;
    // Field names follow the API representations, flattened so that the JSON
    // and the CSV file of a category carry exactly the same columns.
    list.append(
        {QStringLiteral("profile"),
         QStringLiteral("accounts a LEFT JOIN profiles p ON p.account_id = a.id"),
         QStringLiteral("a.id"),
         QStringLiteral("a.id"),
         false,
         {column(QStringLiteral("full_name"), Kind::Text, QStringLiteral("p.full_name")),
          column(QStringLiteral("email"), Kind::Text, QStringLiteral("a.email")),
          column(QStringLiteral("email_verified"), Kind::Boolean,
                 QStringLiteral("p.email_verified")),
          column(QStringLiteral("address_line1"), Kind::NullableText,
                 QStringLiteral("p.address_line1")),
          column(QStringLiteral("address_line2"), Kind::NullableText,
                 QStringLiteral("p.address_line2")),
          column(QStringLiteral("address_city"), Kind::NullableText, QStringLiteral("p.city")),
          column(QStringLiteral("address_region"), Kind::NullableText, QStringLiteral("p.region")),
          column(QStringLiteral("address_postal_code"), Kind::NullableText,
                 QStringLiteral("p.postal_code")),
          column(QStringLiteral("address_country"), Kind::NullableText,
                 QStringLiteral("p.country")),
          column(QStringLiteral("phone"), Kind::NullableText, QStringLiteral("p.phone")),
          column(QStringLiteral("website"), Kind::NullableText, QStringLiteral("p.website")),
          column(QStringLiteral("account_created_at"), Kind::Time, QStringLiteral("a.created_at")),
          column(QStringLiteral("updated_at"), Kind::NullableTime,
                 QStringLiteral("p.updated_at"))}});
    list.append(
        {QStringLiteral("billing"),
         QStringLiteral("billing_cards"),
         QStringLiteral("account_id"),
         QStringLiteral("id"),
         false,
         {column(QStringLiteral("id")), column(QStringLiteral("brand")),
          column(QStringLiteral("last4")), column(QStringLiteral("exp_month"), Kind::Integer),
          column(QStringLiteral("exp_year"), Kind::Integer),
          column(QStringLiteral("holder_name"))}});
    list.append({QStringLiteral("third_party_records"),
                 QStringLiteral("third_party_records"),
                 QStringLiteral("account_id"),
                 QStringLiteral("id"),
                 true,
                 {column(QStringLiteral("id")), column(QStringLiteral("field")),
                  column(QStringLiteral("value")), column(QStringLiteral("source")),
                  column(QStringLiteral("received_at"), Kind::Time)},
                 QStringLiteral("received_at")});
    list.append(
        {QStringLiteral("visits"),
         QStringLiteral("visits"),
         QStringLiteral("account_id"),
         QStringLiteral("id"),
         true,
         {column(QStringLiteral("id")), column(QStringLiteral("started_at"), Kind::Time),
          column(QStringLiteral("duration_seconds"), Kind::Integer),
          column(QStringLiteral("ip_address")), column(QStringLiteral("city"), Kind::NullableText),
          column(QStringLiteral("region"), Kind::NullableText),
          column(QStringLiteral("country"), Kind::NullableText), column(QStringLiteral("browser")),
          column(QStringLiteral("browser_version"), Kind::NullableText),
          column(QStringLiteral("device_type")),
          column(QStringLiteral("language"), Kind::NullableText),
          column(QStringLiteral("page_title")), column(QStringLiteral("page_url")),
          column(QStringLiteral("referrer"), Kind::NullableText),
          column(QStringLiteral("next_site"), Kind::NullableText)},
         QStringLiteral("started_at")});
    list.append({QStringLiteral("messages"),
                 QStringLiteral("messages"),
                 QStringLiteral("account_id"),
                 QStringLiteral("id"),
                 true,
                 {column(QStringLiteral("id")), column(QStringLiteral("sent_at"), Kind::Time),
                  column(QStringLiteral("channel")), column(QStringLiteral("direction")),
                  column(QStringLiteral("counterpart")), column(QStringLiteral("body"))},
                 QStringLiteral("sent_at")});
    list.append({QStringLiteral("logs"),
                 QStringLiteral("logs"),
                 QStringLiteral("account_id"),
                 QStringLiteral("id"),
                 true,
                 {column(QStringLiteral("id")), column(QStringLiteral("occurred_at"), Kind::Time),
                  column(QStringLiteral("level")), column(QStringLiteral("event")),
                  column(QStringLiteral("detail"), Kind::NullableText),
                  column(QStringLiteral("ip_address"), Kind::NullableText)},
                 QStringLiteral("occurred_at")});
    list.append(
        {QStringLiteral("usage"),
         QStringLiteral("usage_counters u"),
         QStringLiteral("u.account_id"),
         QStringLiteral("u.account_id"),
         false,
         {column(QStringLiteral("active_users"), Kind::Integer),
          column(QStringLiteral("agents"), Kind::Integer),
          column(QStringLiteral("media_files"), Kind::Integer),
          column(QStringLiteral("media_bytes"), Kind::Integer),
          column(
              QStringLiteral("visits"), Kind::Integer,
              QStringLiteral("(SELECT COUNT(*) FROM visits v WHERE v.account_id = u.account_id)")),
          column(QStringLiteral("messages"), Kind::Integer,
                 QStringLiteral(
                     "(SELECT COUNT(*) FROM messages m WHERE m.account_id = u.account_id)"))}});
    list.append({QStringLiteral("cookies"),
                 QStringLiteral("cookies"),
                 QStringLiteral("account_id"),
                 QStringLiteral("id"),
                 false,
                 {column(QStringLiteral("id")), column(QStringLiteral("name")),
                  column(QStringLiteral("domain")),
                  column(QStringLiteral("identifier"), Kind::NullableText),
                  column(QStringLiteral("purpose")), column(QStringLiteral("category")),
                  column(QStringLiteral("required"), Kind::Boolean),
                  column(QStringLiteral("consent"), Kind::Boolean),
                  column(QStringLiteral("first_set_at"), Kind::NullableTime),
                  column(QStringLiteral("expires_at"), Kind::NullableTime)}});
    list.append({QStringLiteral("google_authorizations"),
                 QStringLiteral("google_authorizations"),
                 QStringLiteral("account_id"),
                 QStringLiteral("id"),
                 false,
                 {column(QStringLiteral("id")), column(QStringLiteral("client_name")),
                  column(QStringLiteral("scopes"), Kind::List),
                  column(QStringLiteral("granted_at"), Kind::Time),
                  column(QStringLiteral("last_used_at"), Kind::NullableTime),
                  column(QStringLiteral("revoked_at"), Kind::NullableTime)}});
    list.append(
        {QStringLiteral("requests"),
         QStringLiteral("requests"),
         QStringLiteral("account_id"),
         QStringLiteral("id"),
         false,
         {column(QStringLiteral("id")), column(QStringLiteral("type")),
          column(QStringLiteral("status")), column(QStringLiteral("created_at"), Kind::Time),
          column(QStringLiteral("updated_at"), Kind::Time),
          column(QStringLiteral("due_at"), Kind::Time),
          column(QStringLiteral("payload"), Kind::Json)}});
    return list;
}

} // namespace

const QList<ExportCategory> &ExportCategories::all()
{
    static const QList<ExportCategory> categories = build();
    return categories;
}

QStringList ExportCategories::names()
{
    QStringList list;
    for (const ExportCategory &category : all())
        list << category.name;
    return list;
}

const ExportCategory *ExportCategories::find(const QString &name)
{
    for (const ExportCategory &category : all()) {
        if (category.name == name)
            return &category;
    }
    return nullptr;
}

} // namespace pd::server
