#include "RequestCompleter.h"

#include "RequestReceipt.h"
#include "RequestStore.h"
#include "RequestValidator.h"
#include "db/Database.h"
#include "kernel/Clock.h"
#include "kernel/ReceiptKey.h"
#include "kernel/ServerContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace pd::server {

namespace {

QString listOf(const QJsonValue &array)
{
    QStringList items;
    for (const QJsonValue &item : array.toArray())
        items << item.toString();
    return items.join(QStringLiteral(", "));
}

} // namespace

RequestCompleter::RequestCompleter(const ServerContext &context, const RequestStore &store)
    : m_context(context)
    , m_store(store)
    , m_purger(context.db, context.config.backupRetentionDays, context.secret)
    , m_profiles(context.db, context.clock)
{}

QString RequestCompleter::exportDirectory() const
{
    return m_context.config.archiveDirectory();
}

void RequestCompleter::finish(const RequestRecord &request, qint64 nowMs) const
{
    if (request.type == QLatin1String("export"))
        throw std::logic_error("an export is completed with recordExport()");
    if (request.type == QLatin1String("delete"))
        finishDelete(request, nowMs);
    else if (request.type == QLatin1String("edit"))
        finishEdit(request, nowMs);
    else if (request.type == QLatin1String("unsubscribe"))
        finishUnsubscribe(request, nowMs);
    else
        complete(request, nowMs, completionMessage(request));
}

void RequestCompleter::complete(const RequestRecord &request, qint64 nowMs, const QString &message,
                                const QJsonValue &result) const
{
    Transaction transaction(m_context.db);
    if (m_store.transition(request.id, request.status, QStringLiteral("completed"), nowMs, message,
                           std::nullopt, result))
        transaction.commit();
}

void RequestCompleter::reject(const RequestRecord &request, qint64 nowMs, const QString &message,
                              const QString &reasonCode) const
{
    Transaction transaction(m_context.db);
    if (m_store.transition(request.id, request.status, QStringLiteral("rejected"), nowMs, message,
                           std::nullopt, QJsonValue::Null, reasonCode))
        transaction.commit();
}

void RequestCompleter::recordExport(const RequestRecord &request, const ExportArchiveFile &archive,
                                    qint64 nowMs) const
{
    const qint64 expiresAt = nowMs + m_context.config.archiveLifetimeMs();
    const QString archiveUrl = m_context.apiBaseUrl + QStringLiteral("/requests/") + request.id +
                               QStringLiteral("/archive");
    // Each part's own URL, so a client needs no rule to make one.
    QJsonArray partSets;
    for (const QJsonValue &value : archive.partSets) {
        QJsonObject set = value.toObject();
        const QString base = archiveUrl + QStringLiteral("/parts/") +
                             QString::number(set.value(QStringLiteral("part_size")).toInteger()) +
                             QLatin1Char('/');
        QJsonArray parts;
        for (const QJsonValue &part : set.value(QStringLiteral("parts")).toArray()) {
            QJsonObject withUrl = part.toObject();
            withUrl.insert(
                QStringLiteral("url"),
                QString(base + QString::number(withUrl.value(QStringLiteral("index")).toInt())));
            parts.append(withUrl);
        }
        set.insert(QStringLiteral("parts"), parts);
        partSets.append(set);
    }
    const QJsonObject result{{QStringLiteral("archive_url"), archiveUrl},
                             {QStringLiteral("size_bytes"), archive.sizeBytes},
                             {QStringLiteral("sha256"), archive.sha256},
                             {QStringLiteral("expires_at"), toApiTime(expiresAt)},
                             {QStringLiteral("parts"), partSets}};
    bool recorded = false;
    try {
        Transaction transaction(m_context.db);
        m_context.db.run(
            QStringLiteral("INSERT INTO export_archives (request_id, path, size_bytes, sha256,"
                           " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (request_id) DO UPDATE SET path = excluded.path,"
                           " size_bytes = excluded.size_bytes, sha256 = excluded.sha256,"
                           " created_at = excluded.created_at, expires_at = excluded.expires_at"),
            {request.id, archive.path, archive.sizeBytes, archive.sha256, nowMs, expiresAt});
        if (m_store.transition(request.id, request.status, QStringLiteral("completed"), nowMs,
                               QStringLiteral("Your archive is ready to download until %1.")
                                   .arg(toApiTime(expiresAt)),
                               std::nullopt, result)) {
            transaction.commit();
            recorded = true;
        }
    } catch (...) {
        QFile::remove(archive.path);
        throw;
    }
    if (!recorded)
        QFile::remove(archive.path);
}

void RequestCompleter::finishDelete(const RequestRecord &request, qint64 nowMs) const
{
    // The request row goes with the account (ON DELETE CASCADE): the account
    // holder's tokens stop working at the same moment, so nobody is left to
    // read a `completed` status. The deletion record outlives the account,
    // and so does the signed receipt (deletion_receipts), signed only once
    // the purge committed, so that it never claims a deletion that failed.
    QJsonObject representation = m_store.toJson(request);
    m_purger.purge(request.accountId, nowMs);
    if (!m_context.receiptKey)
        return;
    RequestRecord completed = request;
    completed.status = QStringLiteral("completed");
    completed.updatedAt = nowMs;
    representation.insert(QStringLiteral("status"), completed.status);
    representation.insert(QStringLiteral("updated_at"), toApiTime(nowMs));
    const QJsonObject signedReceipt = RequestReceipt::sign(*m_context.receiptKey, completed,
                                                           representation, m_context.apiBaseUrl);
    try {
        m_context.db.run(
            QStringLiteral("INSERT INTO deletion_receipts (request_id, signed_receipt, created_at)"
                           " VALUES (?, ?, ?) ON CONFLICT (request_id) DO NOTHING"),
            {request.id,
             QString::fromUtf8(QJsonDocument(signedReceipt).toJson(QJsonDocument::Compact)),
             nowMs});
        // Those past their time go as this one comes: deletions are rare,
        // and nothing else would ever remove them.
        m_context.db.run(QStringLiteral("DELETE FROM deletion_receipts WHERE created_at < ?"),
                         {nowMs - m_context.config.deletionReceiptMs()});
    } catch (const DatabaseError &error) {
        // The account is gone either way: a retry would find nothing to
        // purge. Without its receipt the deletion still happened.
        qWarning("deletion receipt not kept: %s", error.what());
    }
}

void RequestCompleter::finishEdit(const RequestRecord &request, qint64 nowMs) const
{
    const QJsonObject changes = request.payload.value(QStringLiteral("changes")).toObject();
    QString reason;
    QString reasonCode;
    {
        Transaction transaction(m_context.db);
        reason = m_profiles.apply(request.accountId, changes,
                                  request.payload.value(QStringLiteral("expected_etag")).toString(),
                                  &reasonCode);
        if (reason.isEmpty()) {
            QStringList fields;
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                fields << QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' '));
            if (m_store.transition(request.id, request.status, QStringLiteral("completed"), nowMs,
                                   QStringLiteral("Your profile was corrected: %1.")
                                       .arg(fields.join(QStringLiteral(", "))),
                                   std::nullopt))
                transaction.commit();
            return;
        }
    }
    reject(request, nowMs, reason, reasonCode);
}

void RequestCompleter::finishUnsubscribe(const RequestRecord &request, qint64 nowMs) const
{
    const QJsonArray channels = request.payload.value(QStringLiteral("channels")).toArray();
    QStringList assignments;
    QVariantList values{request.accountId};
    for (const QString &channel : RequestValidator::marketingChannels()) {
        // Column names come from this fixed list, never from the payload.
        if (channels.contains(channel))
            assignments << channel + QStringLiteral(" = 0");
    }
    Transaction transaction(m_context.db);
    // Without a row nobody ever opted in: every channel starts off.
    m_context.db.run(QStringLiteral("INSERT INTO marketing_preferences (account_id, email, sms,"
                                    " whatsapp, push, updated_at) VALUES (?, 0, 0, 0, 0, ?)"
                                    " ON CONFLICT (account_id) DO UPDATE SET %1, updated_at = ?")
                         .arg(assignments.join(QStringLiteral(", "))),
                     {request.accountId, nowMs, nowMs});
    if (m_store.transition(request.id, request.status, QStringLiteral("completed"), nowMs,
                           QStringLiteral("Marketing messages stopped on: %1. Administrative "
                                          "messages about your account continue.")
                               .arg(listOf(request.payload.value(QStringLiteral("channels")))),
                           std::nullopt))
        transaction.commit();
}

QString RequestCompleter::completionMessage(const RequestRecord &request)
{
    const QJsonObject &payload = request.payload;
    if (request.type == QLatin1String("restrict"))
        return QStringLiteral("Processing of your data is now restricted for: %1. We keep storing "
                              "it but use it for these purposes only with your consent.")
            .arg(listOf(payload.value(QStringLiteral("processing"))));
    if (request.type == QLatin1String("object"))
        return QStringLiteral("Following your objection we stopped processing your data for: %1.")
            .arg(listOf(payload.value(QStringLiteral("processing"))));
    if (request.type == QLatin1String("guardian_removal"))
        return QStringLiteral("We reviewed your statement and removed the data we hold about the "
                              "minor you identified; any account of theirs is closed.");
    if (request.type == QLatin1String("security_report"))
        return QStringLiteral("Our security team reviewed your report (reference %1) and took "
                              "the necessary action.")
            .arg(request.id);
    return QStringLiteral("Your request was completed.");
}

} // namespace pd::server
