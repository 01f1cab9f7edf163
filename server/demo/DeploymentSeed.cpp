#include "DeploymentSeed.h"

#include "db/Database.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

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

void DeploymentSeed::seedProcessors(const Database &db)
{
    struct Processor {
        const char *name;
        const char *purpose;
        QStringList regions;
    };
    const Processor processors[] = {
        {"Amazon Web Services (AWS)",
         "Hosting, storage and backups of the Products and Services.",
         {QStringLiteral("aws-ap-southeast-1")}},
        {"Google Cloud Platform (GCP)",
         "Hosting, storage and processing of Service Data close to the main server.",
         {QStringLiteral("gcp-asia-southeast2")}},
        {"Google API Services",
         "Integrations you authorise through Google OAuth; Limited Use requirements apply.",
         {QStringLiteral("gcp-asia-southeast2")}},
        {"Payment gateway",
         "Charging the credit or debit card you pay with (Billing Information).",
         {QStringLiteral("id-jakarta-main")}},
        {"Email delivery service",
         "Sending administrative and, when you opted in, marketing emails.",
         {QStringLiteral("aws-ap-southeast-1")}},
        {"Messaging channel providers",
         "Delivering conversations over WhatsApp, Instagram, Facebook Messenger, Telegram and "
         "LINE.",
         {QStringLiteral("id-jakarta-main"), QStringLiteral("aws-ap-southeast-1")}},
    };
    for (const Processor &processor : processors) {
        db.run(QStringLiteral("INSERT INTO processors (name, purpose, regions) VALUES (?, ?, ?)"),
               {QString::fromUtf8(processor.name), QString::fromUtf8(processor.purpose),
                jsonList(processor.regions)});
    }
}

void DeploymentSeed::seedRecipients(const Database &db)
{
    struct Recipient {
        const char *name;
        const char *category;
        const char *situation;
        QStringList data;
    };
    // The policy's own list is not part of the seed text; these follow what
    // it does say: partners, vendors, agencies and integrated services, legal
    // obligations and business transfers.
    const Recipient recipients[] = {
        {"Hosting and storage vendors (AWS, GCP)",
         "vendor",
         "To store and run the Products and Services on our behalf, under contracts that bind them "
         "to our security standards.",
         {QStringLiteral("personal data"), QStringLiteral("service data")}},
        {"Payment processors",
         "vendor",
         "When you pay for a Product or Service, to charge your card and prevent fraud.",
         {QStringLiteral("billing information"), QStringLiteral("full name"),
          QStringLiteral("email address")}},
        {"Integrated messaging channels",
         "integrated service",
         "When you connect WhatsApp, Instagram, Facebook Messenger, Telegram or LINE, to deliver "
         "the messages you send and receive.",
         {QStringLiteral("messaging history"), QStringLiteral("phone number")}},
        {"Google API Services",
         "integrated service",
         "When you authorise a Google integration through Google OAuth, only for service provision "
         "and under the Limited Use requirements.",
         {QStringLiteral("data you authorise"), QStringLiteral("email address")}},
        {"Implementation partners and agencies",
         "partner",
         "When you ask a Qiscus partner or agency to set up or support your Products, with your "
         "permission.",
         {QStringLiteral("full name"), QStringLiteral("email address"),
          QStringLiteral("phone number"), QStringLiteral("usage")}},
        {"Law enforcement and regulators",
         "authority",
         "When the law, a court order or a lawful request of a competent authority requires it.",
         {QStringLiteral("personal data"), QStringLiteral("service data"), QStringLiteral("logs")}},
        {"Successor in a business transfer",
         "business transfer",
         "If Qiscus merges, is acquired or sells assets, to the successor, which stays bound by "
         "this Privacy Policy.",
         {QStringLiteral("personal data"), QStringLiteral("service data")}},
    };
    for (const Recipient &recipient : recipients) {
        db.run(QStringLiteral("INSERT INTO sharing_recipients (name, category, situation,"
                              " data_categories) VALUES (?, ?, ?, ?)"),
               {QString::fromUtf8(recipient.name), QString::fromUtf8(recipient.category),
                QString::fromUtf8(recipient.situation), jsonList(recipient.data)});
    }
}

} // namespace pd::server
