#include "outbox/HeldRequests.h"

#include "core/PrivateFiles.h"
#include "outbox/OutboxLog.h"
#include "store/SqliteHandle.h"
#include "store/StoreConnection.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

constexpr const char *kSchema =
    "CREATE TABLE IF NOT EXISTS held ("
    " idempotency_key TEXT PRIMARY KEY, owner TEXT NOT NULL, type TEXT NOT NULL,"
    " payload TEXT NOT NULL, created_at INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS held_owner ON held (owner, created_at);";

} // namespace

HeldRequests::HeldRequests(QString path)
    : m_path(std::move(path))
{}

HeldRequests::~HeldRequests() = default;

bool HeldRequests::open(QString *error)
{
    m_connection.reset();
    if (!PrivateFiles::restrictFile(m_path)) {
        *error = QStringLiteral("the held-requests file cannot be made private");
        return false;
    }
    auto connection = StoreConnection::open(m_path, StoreConnection::Mode::Normal, error);
    if (!connection || !SqliteHandle::exec(connection->handle(), kSchema, error))
        return false;
    m_connection = std::move(connection);
    return true;
}

bool HeldRequests::ensureOpen(QString *error)
{
    return m_connection || open(error);
}

QString HeldRequests::owner(const QString &profileId, const QString &accountId)
{
    return profileId + u'/' + accountId;
}

bool HeldRequests::hold(const QString &owner, const QList<OutboxItem> &items, QString *error)
{
    if (items.isEmpty())
        return true;
    if (!ensureOpen(error))
        return false;
    QSqlDatabase db = m_connection->database();
    QSqlQuery control(db);
    // FULL: the cache is wiped right after; these rows must be on disk first.
    control.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    bool ok = control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    QSqlQuery insert(db);
    ok = ok && insert.prepare(QStringLiteral(
                   "INSERT OR IGNORE INTO held (idempotency_key, owner, type, payload, "
                   "created_at) VALUES (?, ?, ?, ?, ?)"));
    for (const OutboxItem &item : items) {
        if (!ok)
            break;
        insert.addBindValue(item.idempotencyKey);
        insert.addBindValue(owner);
        insert.addBindValue(item.type);
        insert.addBindValue(
            QString::fromUtf8(QJsonDocument(item.payload).toJson(QJsonDocument::Compact)));
        insert.addBindValue(item.createdAt.toMSecsSinceEpoch());
        ok = insert.exec();
    }
    if (!ok)
        *error =
            insert.lastError().isValid() ? insert.lastError().text() : control.lastError().text();
    if (ok && !control.exec(QStringLiteral("COMMIT"))) {
        *error = control.lastError().text();
        ok = false;
    }
    if (!ok)
        control.exec(QStringLiteral("ROLLBACK"));
    control.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (ok)
        qCInfo(lcOutbox) << "held" << items.size() << "unsent requests for a later session";
    return ok;
}

QList<OutboxItem> HeldRequests::heldFor(const QString &owner)
{
    QList<OutboxItem> result;
    QString error;
    if (!ensureOpen(&error)) {
        qCWarning(lcOutbox).noquote() << "held requests not readable:" << error;
        return result;
    }
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT idempotency_key, type, payload, created_at FROM held "
                                 "WHERE owner = ? ORDER BY created_at, idempotency_key"));
    query.addBindValue(owner);
    if (!query.exec())
        return result;
    while (query.next()) {
        OutboxItem item;
        item.idempotencyKey = query.value(0).toString();
        item.type = query.value(1).toString();
        item.payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        item.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        item.state = OutboxItem::State::Pending;
        result.append(item);
    }
    return result;
}

bool HeldRequests::release(const QStringList &idempotencyKeys, QString *error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery remove(m_connection->database());
    remove.prepare(QStringLiteral("DELETE FROM held WHERE idempotency_key = ?"));
    for (const QString &key : idempotencyKeys) {
        remove.addBindValue(key);
        if (!remove.exec()) {
            *error = remove.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace pd
