#include "DeploymentSeed.h"

#include "db/Database.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pd::server {

namespace {

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace

void DeploymentSeed::seed(const Database &db, const Clock &)
{
    Transaction transaction(db);
    if (isEmpty(db, QStringLiteral("policy_versions")))
        seedPolicy(db);
    if (isEmpty(db, QStringLiteral("storage_regions")))
        seedRegions(db);
    if (isEmpty(db, QStringLiteral("processors")))
        seedProcessors(db);
    if (isEmpty(db, QStringLiteral("sharing_recipients")))
        seedRecipients(db);
    backfillDataFlows(db);
    transaction.commit();
}

QString DeploymentSeed::policyText()
{
    QFile file(QStringLiteral(":/pd/privacy-policy.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool DeploymentSeed::isEmpty(const Database &db, const QString &table)
{
    QSqlQuery query = db.run(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
    return !query.next();
}

void DeploymentSeed::seedPolicy(const Database &db)
{
    const QString text = policyText();
    if (text.isEmpty())
        throw DatabaseError("the privacy policy resource is missing from the build");
    const QDate lastUpdated = QDate::fromString(QLatin1String(kPolicyLastUpdated), Qt::ISODate);
    // Published at the start of its "last updated" day, not at first start,
    // so every deployment reports the same history.
    const qint64 publishedAt = lastUpdated.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    db.run(QStringLiteral("INSERT INTO policy_versions (version, last_updated, body, published_at)"
                          " VALUES (?, ?, ?, ?)"),
           {QString::fromLatin1(kPolicyVersion), QString::fromLatin1(kPolicyLastUpdated), text,
            publishedAt});
}

void DeploymentSeed::seedRegions(const Database &db)
{
    struct Region {
        const char *id;
        const char *name;
        const char *country;
        const char *provider;
        int primary;
    };
    // The policy: "our main server in Republic of Indonesia or other servers
    // located in any other country", hosted with AWS, GCP and others.
    const Region regions[] = {
        {"id-jakarta-main", "Jakarta, Indonesia (main server)", "ID",
         "Qiscus main server (colocated data centre)", 1},
        {"gcp-asia-southeast2", "Jakarta, Indonesia (GCP asia-southeast2)", "ID",
         "Google Cloud Platform", 0},
        {"aws-ap-southeast-1", "Singapore (AWS ap-southeast-1)", "SG", "Amazon Web Services", 0},
    };
    for (const Region &region : regions) {
        db.run(
            QStringLiteral("INSERT INTO storage_regions (id, name, country, provider, is_primary)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {QString::fromUtf8(region.id), QString::fromUtf8(region.name),
             QString::fromUtf8(region.country), QString::fromUtf8(region.provider),
             region.primary});
    }
}

namespace {

// Who else holds the account's data, as the policy names them: its hosting
// partners (AWS, GCP), Google API Services, and the partners, vendors,
// agencies and integrated services it shares with. The policy gives no
// dates nor countries; the reference deployment's are illustrative, so the
// app has every field to show.
struct ProcessorSeed {
    const char *name;
    const char *purpose;
    QStringList regions;
    QStringList categories;
    const char *since;
};

struct RecipientSeed {
    const char *name;
    const char *category;
    const char *situation;
    QStringList categories;
    const char *purpose;
    QStringList countries;
    const char *since; // null: never shared so far, only in the situation named
};

QString personal()
{
    return QStringLiteral("personal data");
}
QString service()
{
    return QStringLiteral("service data");
}
QString billing()
{
    return QStringLiteral("billing information");
}
QString messaging()
{
    return QStringLiteral("messaging history");
}
QString logs()
{
    return QStringLiteral("logs");
}
QString authorised()
{
    return QStringLiteral("data you authorise through Google OAuth");
}

QList<ProcessorSeed> processorSeeds()
{
    return {
        {"Amazon Web Services (AWS)",
         "Hosting, storage and backups of the Products and Services.",
         {QStringLiteral("aws-ap-southeast-1")},
         {personal(), service(), messaging(), logs()},
         "2019-03-01"},
        {"Google Cloud Platform (GCP)",
         "Hosting, storage and processing of Service Data close to the main server.",
         {QStringLiteral("gcp-asia-southeast2")},
         {service(), messaging(), logs()},
         "2021-06-14"},
        {"Google API Services",
         "Integrations you authorise through Google OAuth; Limited Use requirements apply.",
         {QStringLiteral("gcp-asia-southeast2")},
         {authorised()},
         "2022-02-07"},
        {"Payment gateway",
         "Charging the credit or debit card you pay with (Billing Information).",
         {QStringLiteral("id-jakarta-main")},
         {billing(), personal()},
         "2020-01-15"},
        {"Email delivery service",
         "Sending administrative and, when you opted in, marketing emails.",
         {QStringLiteral("aws-ap-southeast-1")},
         {personal()},
         "2019-03-01"},
        {"Messaging channel providers",
         "Delivering conversations over WhatsApp, Instagram, Facebook Messenger, Telegram and "
         "LINE.",
         {QStringLiteral("id-jakarta-main"), QStringLiteral("aws-ap-southeast-1")},
         {messaging(), personal()},
         "2020-08-03"},
    };
}

// The policy's own list is not part of the seed text; these follow what it
// does say: partners, vendors, agencies and integrated services, legal
// obligations and business transfers.
QList<RecipientSeed> recipientSeeds()
{
    return {
        {"Hosting and storage vendors (AWS, GCP)",
         "vendor",
         "To store and run the Products and Services on our behalf, under contracts that bind them "
         "to our security standards.",
         {personal(), service(), messaging(), logs()},
         "Hosting and storage",
         {QStringLiteral("ID"), QStringLiteral("SG")},
         "2019-03-01"},
        {"Payment processors",
         "vendor",
         "When you pay for a Product or Service, to charge your card and prevent fraud.",
         {billing(), personal()},
         "Payments and fraud prevention",
         {QStringLiteral("ID")},
         "2020-01-15"},
        {"Integrated messaging channels",
         "integrated service",
         "When you connect WhatsApp, Instagram, Facebook Messenger, Telegram or LINE, to deliver "
         "the messages you send and receive.",
         {messaging(), personal()},
         "Delivering your messages",
         {QStringLiteral("US"), QStringLiteral("AE"), QStringLiteral("JP")},
         "2020-08-03"},
        {"Google API Services",
         "integrated service",
         "When you authorise a Google integration through Google OAuth, only for service provision "
         "and under the Limited Use requirements.",
         {authorised()},
         "Google integrations you authorise",
         {QStringLiteral("US")},
         "2022-02-07"},
        {"Implementation partners and agencies",
         "partner",
         "When you ask a Qiscus partner or agency to set up or support your Products, with your "
         "permission.",
         {personal(), service()},
         "Setting up and supporting your Products",
         {QStringLiteral("ID")},
         "2021-01-11"},
        {"Law enforcement and regulators",
         "authority",
         "When the law, a court order or a lawful request of a competent authority requires it.",
         {personal(), service(), logs()},
         "Legal obligations",
         {QStringLiteral("ID")},
         nullptr},
        {"Successor in a business transfer",
         "business transfer",
         "If Qiscus merges, is acquired or sells assets, to the successor, which stays bound by "
         "this Privacy Policy.",
         {personal(), service(), messaging(), logs()},
         "Continuing the Products and Services",
         {},
         nullptr},
    };
}

QVariant dateOrNull(const char *date)
{
    return date ? QVariant(QString::fromLatin1(date)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

void DeploymentSeed::seedProcessors(const Database &db)
{
    for (const ProcessorSeed &processor : processorSeeds()) {
        db.run(QStringLiteral("INSERT INTO processors (name, purpose, regions, data_categories,"
                              " since) VALUES (?, ?, ?, ?, ?)"),
               {QString::fromUtf8(processor.name), QString::fromUtf8(processor.purpose),
                jsonList(processor.regions), jsonList(processor.categories),
                dateOrNull(processor.since)});
    }
}

void DeploymentSeed::seedRecipients(const Database &db)
{
    for (const RecipientSeed &recipient : recipientSeeds()) {
        db.run(QStringLiteral("INSERT INTO sharing_recipients (name, category, situation,"
                              " data_categories, purpose, countries, since)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {QString::fromUtf8(recipient.name), QString::fromUtf8(recipient.category),
                QString::fromUtf8(recipient.situation), jsonList(recipient.categories),
                QString::fromUtf8(recipient.purpose), jsonList(recipient.countries),
                dateOrNull(recipient.since)});
    }
}

void DeploymentSeed::backfillDataFlows(const Database &db)
{
    // Only the seed's own rows that migration 7 left blank: an operator who
    // renamed, added or already described an entry keeps their words.
    for (const ProcessorSeed &processor : processorSeeds()) {
        db.run(QStringLiteral("UPDATE processors SET data_categories = ?, since = ?"
                              " WHERE name = ? AND data_categories = '[]' AND since IS NULL"),
               {jsonList(processor.categories), dateOrNull(processor.since),
                QString::fromUtf8(processor.name)});
    }
    for (const RecipientSeed &recipient : recipientSeeds()) {
        db.run(QStringLiteral("UPDATE sharing_recipients SET data_categories = ?, purpose = ?,"
                              " countries = ?, since = ? WHERE name = ? AND purpose = ''"),
               {jsonList(recipient.categories), QString::fromUtf8(recipient.purpose),
                jsonList(recipient.countries), dateOrNull(recipient.since),
                QString::fromUtf8(recipient.name)});
    }
}

} // namespace pd::server
