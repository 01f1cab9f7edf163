#include "Database.h"

#include <QHostAddress>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace pd::server {

namespace {

QString describe(const QSqlError &error)
{
    return error.text().left(500);
}

} // namespace

QString Database::postgresOptions(const QUrl &url)
{
    // Off this machine the connection carries the password and every
    // account's data: TLS with the server's name checked, whatever the
    // server or libpq defaults say. A socket path or loopback stays as is.
    const QString host = url.host();
    const QHostAddress address(host);
    const bool local = host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
                       host == QLatin1String("localhost") ||
                       (!address.isNull() && address.isLoopback());
    if (local)
        return {};
    QString options = QStringLiteral("sslmode=verify-full");
    const QString rootCertificate =
        QUrlQuery(url).queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    if (!rootCertificate.isEmpty())
        options += QStringLiteral(";sslrootcert=") + rootCertificate;
    return options;
}

std::unique_ptr<Database> Database::open(const QString &location, QString *error,
                                         const QString &password)
{
    const QString name = QStringLiteral("pd-") + QUuid::createUuid().toString(QUuid::Id128);
    const bool postgres = location.startsWith(QLatin1String("postgresql://")) ||
                          location.startsWith(QLatin1String("postgres://"));
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed")
                     .arg(postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
        return nullptr;
    }
    if (postgres) {
        const QUrl url(location);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName(QUrl::FullyDecoded));
        // Without one here libpq reads PGPASSWORD or ~/.pgpass itself.
        db.setPassword(password.isEmpty() ? url.password(QUrl::FullyDecoded) : password);
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(postgresOptions(url));
    } else {
        db.setDatabaseName(location);
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open the database: ") + describe(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return nullptr;
    }
    auto database = std::unique_ptr<Database>(
        new Database(postgres ? Dialect::Postgres : Dialect::Sqlite, name));
    try {
        if (!postgres) {
            database->run(QStringLiteral("PRAGMA journal_mode=WAL"));
            database->run(QStringLiteral("PRAGMA synchronous=NORMAL"));
            database->run(QStringLiteral("PRAGMA foreign_keys=ON"));
            database->run(QStringLiteral("PRAGMA busy_timeout=5000"));
            // Erased accounts must not linger in free pages of the file.
            database->run(QStringLiteral("PRAGMA secure_delete=ON"));
        } else {
            database->run(QStringLiteral("SET client_min_messages TO WARNING"));
        }
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return nullptr;
    }
    return database;
}

Database::Database(Dialect dialect, QString connectionName)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::exec(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    if (!query.exec())
        throw DatabaseError(describe(query.lastError()).toStdString());
}

QSqlQuery Database::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            throw DatabaseError(describe(query.lastError()).toStdString());
        return query;
    }
    if (!query.prepare(sql))
        throw DatabaseError(describe(query.lastError()).toStdString());
    exec(query, binds);
    return query;
}

QSqlQuery &Database::prepared(const QString &sql) const
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw DatabaseError(describe(query->lastError()).toStdString());
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

QString Database::serialPrimaryKey() const
{
    return isPostgres() ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                        : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString Database::caseInsensitiveContains(const QString &column) const
{
    return isPostgres() ? column + QStringLiteral(" ILIKE ? ESCAPE '\\'")
                        : column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

void Database::begin() const
{
    // Every event loop writes SQLite through a connection of its own. A
    // deferred transaction that reads first and then writes fails at once
    // with SQLITE_BUSY when another connection wrote meanwhile (the busy
    // timeout does not apply to that upgrade); taking the write lock at the
    // start waits for it instead. Every transaction here writes.
    if (m_dialect == Dialect::Sqlite) {
        run(QStringLiteral("BEGIN IMMEDIATE"));
        return;
    }
    if (!handle().transaction())
        throw DatabaseError(describe(handle().lastError()).toStdString());
}

void Database::commit() const
{
    if (!handle().commit())
        throw DatabaseError(describe(handle().lastError()).toStdString());
}

void Database::rollback() const
{
    handle().rollback();
}

QString likePattern(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace pd::server
