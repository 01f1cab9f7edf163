#include "outbox/Outbox.h"

#include "outbox/OutboxLog.h"
#include "store/LocalStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pd {

namespace {

const QString kColumns = QStringLiteral(
    "id, idempotency_key, type, payload, state, attempts, next_attempt_at, server_request_id, "
    "server_request, last_error, created_at, updated_at");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

OutboxItem readItem(const QSqlQuery &query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.idempotencyKey = query.value(1).toString();
    item.type = query.value(2).toString();
    item.payload = jsonObject(query.value(3));
    item.state =
        OutboxItem::stateFromName(query.value(4).toString()).value_or(OutboxItem::State::Pending);
    item.attempts = query.value(5).toInt();
    item.nextAttemptAt = fromMs(query.value(6));
    item.serverRequestId = query.value(7).toString();
    item.serverRequest = jsonObject(query.value(8));
    item.lastError = query.value(9).toString();
    item.createdAt = fromMs(query.value(10));
    item.updatedAt = fromMs(query.value(11));
    return item;
}

} // namespace

Outbox::Outbox(LocalStore *store, QObject *parent, WallClock clock)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
    qRegisterMetaType<pd::OutboxItem>();
    qRegisterMetaType<pd::OutboxItem::State>();
}

QDateTime Outbox::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

bool Outbox::durably(const std::function<bool()> &work, QString *error) const
{
    if (!m_store || !m_store->isOpen()) {
        *error = QStringLiteral("the cache is not open");
        return false;
    }
    QSqlQuery control(m_store->database());
    // FULL: the WAL is synced at commit, so a committed row survives power loss.
    control.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    bool ok = control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!ok)
        *error = control.lastError().text();
    if (ok && !work())
        ok = false;
    if (ok && !control.exec(QStringLiteral("COMMIT"))) {
        *error = control.lastError().text();
        ok = false;
    }
    if (!ok)
        control.exec(QStringLiteral("ROLLBACK"));
    control.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return ok;
}

std::optional<OutboxItem> Outbox::submit(const QString &type, const QJsonObject &payload,
                                         QString *error)
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    return insertPending(QUuid::createUuid().toString(QUuid::WithoutBraces), type, payload, nowMs,
                         error);
}

std::optional<OutboxItem> Outbox::restore(const OutboxItem &held, QString *error)
{
    // Already back (a restore interrupted before the held copy was dropped):
    // the same key, so nothing is queued twice.
    if (const std::optional<OutboxItem> existing = itemWithKey(held.idempotencyKey))
        return existing;
    const qint64 createdMs =
        held.createdAt.isValid() ? held.createdAt.toMSecsSinceEpoch() : now().toMSecsSinceEpoch();
    return insertPending(held.idempotencyKey, held.type, held.payload, createdMs, error);
}

std::optional<OutboxItem> Outbox::itemWithKey(const QString &idempotencyKey) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM outbox WHERE idempotency_key = ?"));
    query.addBindValue(idempotencyKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readItem(query);
}

std::optional<OutboxItem> Outbox::insertPending(const QString &key, const QString &type,
                                                const QJsonObject &payload, qint64 createdMs,
                                                QString *error)
{
    const qint64 nowMs = now().toMSecsSinceEpoch();
    qint64 id = 0;
    const bool ok = durably(
        [&] {
            QSqlQuery query(m_store->database());
            query.prepare(QStringLiteral(
                "INSERT INTO outbox (idempotency_key, type, payload, state, attempts, "
                "next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, 'pending', 0, ?, ?, "
                "?)"));
            query.addBindValue(key);
            query.addBindValue(type);
            query.addBindValue(compact(payload));
            query.addBindValue(nowMs);
            query.addBindValue(createdMs);
            query.addBindValue(nowMs);
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
            id = query.lastInsertId().toLongLong();
            return true;
        },
        error);
    if (!ok) {
        qCWarning(lcOutbox) << "could not queue a request:" << *error;
        return std::nullopt;
    }
    std::optional<OutboxItem> stored = item(id);
    if (stored) {
        qCInfo(lcOutbox) << "queued request" << id << "of type" << type;
        Q_EMIT submitted(*stored);
    }
    return stored;
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readItem(query);
}

QList<OutboxItem> Outbox::items(std::optional<OutboxItem::State> state) const
{
    QList<OutboxItem> result;
    if (!m_store || !m_store->isOpen())
        return result;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox") +
                  (state ? QStringLiteral(" WHERE state = ?") : QString()) +
                  QStringLiteral(" ORDER BY id"));
    if (state)
        query.addBindValue(OutboxItem::stateName(*state));
    if (query.exec()) {
        while (query.next())
            result.append(readItem(query));
    }
    return result;
}

std::optional<OutboxItem> Outbox::nextDue(const QDateTime &time) const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? "
                                 "ORDER BY next_attempt_at, id LIMIT 1"));
    query.addBindValue(time.toMSecsSinceEpoch());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readItem(query);
}

std::optional<QDateTime> Outbox::nextAttemptAt() const
{
    if (!m_store || !m_store->isOpen())
        return std::nullopt;
    QSqlQuery query(m_store->database());
    if (!query.exec(
            QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state = 'pending'")) ||
        !query.next() || query.value(0).isNull())
        return std::nullopt;
    return fromMs(query.value(0));
}

int Outbox::recoverInterrupted()
{
    const QList<OutboxItem> interrupted = items(OutboxItem::State::Sending);
    int recovered = 0;
    for (const OutboxItem &stuck : interrupted) {
        // The attempt may or may not have reached the server; the same key
        // makes sending it again safe.
        if (update(stuck.id, OutboxItem::State::Pending, QStringLiteral("next_attempt_at = ?"),
                   {now().toMSecsSinceEpoch()}))
            ++recovered;
    }
    if (recovered)
        qCInfo(lcOutbox) << recovered << "interrupted request(s) will be sent again";
    return recovered;
}

bool Outbox::makeAllDue()
{
    QString error;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    return durably(
        [&] {
            QSqlQuery query(m_store->database());
            query.prepare(
                QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND "
                               "next_attempt_at > ?"));
            query.addBindValue(nowMs);
            query.addBindValue(nowMs);
            return query.exec();
        },
        &error);
}

bool Outbox::update(qint64 id, OutboxItem::State state, const QString &setClause,
                    const QVariantList &binds)
{
    QString error;
    bool changed = false;
    const bool ok = durably(
        [&] {
            QSqlQuery query(m_store->database());
            query.prepare(QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?") +
                          (setClause.isEmpty() ? QString() : QStringLiteral(", ") + setClause) +
                          QStringLiteral(" WHERE id = ?"));
            query.addBindValue(OutboxItem::stateName(state));
            query.addBindValue(now().toMSecsSinceEpoch());
            for (const QVariant &bind : binds)
                query.addBindValue(bind);
            query.addBindValue(id);
            if (!query.exec()) {
                error = query.lastError().text();
                return false;
            }
            changed = query.numRowsAffected() == 1;
            return true;
        },
        &error);
    if (!ok)
        qCWarning(lcOutbox) << "could not update request" << id << error;
    if (ok && changed)
        Q_EMIT stateChanged(id, state);
    return ok && changed;
}

bool Outbox::markSending(qint64 id)
{
    return update(id, OutboxItem::State::Sending, QStringLiteral("attempts = attempts + 1"), {});
}

bool Outbox::markSent(qint64 id, const QJsonObject &serverRequest)
{
    return update(id, OutboxItem::State::Sent,
                  QStringLiteral("server_request_id = ?, server_request = ?, last_error = NULL"),
                  {serverRequest.value(QStringLiteral("id")).toString(), compact(serverRequest)});
}

bool Outbox::markRetry(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    return update(id, OutboxItem::State::Pending,
                  QStringLiteral("next_attempt_at = ?, last_error = ?"),
                  {nextAttempt.toMSecsSinceEpoch(), error});
}

bool Outbox::recordServerRequest(const QJsonObject &serverRequest)
{
    const QString serverId = serverRequest.value(QStringLiteral("id")).toString();
    if (serverId.isEmpty())
        return false;
    QString error;
    bool changed = false;
    const bool ok = durably(
        [&] {
            QSqlQuery query(m_store->database());
            query.prepare(QStringLiteral("UPDATE outbox SET server_request = ?, updated_at = ?"
                                         " WHERE server_request_id = ? AND state = ?"));
            query.addBindValue(compact(serverRequest));
            query.addBindValue(now().toMSecsSinceEpoch());
            query.addBindValue(serverId);
            query.addBindValue(OutboxItem::stateName(OutboxItem::State::Sent));
            if (!query.exec()) {
                error = query.lastError().text();
                return false;
            }
            changed = query.numRowsAffected() > 0;
            return true;
        },
        &error);
    return ok && changed;
}

bool Outbox::markFailed(qint64 id, const QString &error)
{
    return update(id, OutboxItem::State::FailedPermanently, QStringLiteral("last_error = ?"),
                  {error});
}

} // namespace pd
