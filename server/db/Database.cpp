#include "Database.h"

#include "PostgresLink.h"
#include "PostgresStatement.h"
#include "SqliteStatement.h"

#include <QHostAddress>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace pd::server {

namespace {

QString describe(const QSqlError &error)
{
    return error.text().left(500);
}

// SQLSTATEs of a connection the server ended or refused: class 08, and the
// shutdown / start-up codes of class 57.
bool isConnectionState(const QString &sqlState)
{
    return sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01") ||
           sqlState == QLatin1String("57P02") || sqlState == QLatin1String("57P03");
}

// Whether `query` failed because its PostgreSQL connection is gone.
bool lostConnection(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    return isConnectionState(query.lastError().nativeErrorCode()) || PostgresLink::isBroken(driver);
}

// Runs `sql` once on `query`'s connection; false when it failed.
bool runOnce(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (binds.isEmpty())
        return query.exec(sql);
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    return query.exec();
}

// A read that lost its connection can run again without doing anything
// twice; a write may have been applied before the answer was lost.
bool isReadOnly(const QString &sql)
{
    return sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
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
        database->setUpSession();
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

void Database::setUpSession() const
{
    if (m_dialect == Dialect::Sqlite) {
        run(QStringLiteral("PRAGMA journal_mode=WAL"));
        run(QStringLiteral("PRAGMA synchronous=NORMAL"));
        run(QStringLiteral("PRAGMA foreign_keys=ON"));
        run(QStringLiteral("PRAGMA busy_timeout=5000"));
        // Erased accounts must not linger in free pages of the file.
        run(QStringLiteral("PRAGMA secure_delete=ON"));
    } else {
        run(QStringLiteral("SET client_min_messages TO WARNING"));
    }
}

void Database::ensureConnected() const
{
    if (m_dialect != Dialect::Postgres || m_inTransaction)
        return;
    if (PostgresLink::isBroken(handle().driver()))
        reopen();
}

void Database::reopen() const
{
    // The cached statements were prepared on the old connection: their
    // results go with it now (a statement released later, on the new
    // connection, would fail there and abort a transaction), while the
    // QSqlQuery objects stay, as callers may hold them; prepared() prepares
    // them again.
    for (auto &entry : m_prepared) {
        entry.second.query->clear();
        entry.second.ready = false;
    }
    for (auto &entry : m_postgresStatements)
        entry.second.ready = false;
    QSqlDatabase db = handle();
    db.close();
    if (!db.open())
        throw DatabaseUnavailable("the database cannot be reached");
    setUpSession();
}

void Database::fail(const QSqlQuery &query) const
{
    if (lostConnection(query))
        throw DatabaseUnavailable("the connection to the database was lost");
    throw DatabaseError(describe(query.lastError()).toStdString());
}

Database::~Database()
{
    // Before the connection closes: SQLite does not close one that still
    // has statements.
    for (const auto &[sql, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
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
    if (query.exec())
        return;
    if (lostConnection(query))
        throw DatabaseUnavailable("the connection to the database was lost");
    throw DatabaseError(describe(query.lastError()).toStdString());
}

QSqlQuery Database::run(const QString &sql, const QVariantList &binds) const
{
    ensureConnected();
    {
        QSqlQuery query(handle());
        if (runOnce(query, sql, binds))
            return query;
        if (m_inTransaction || !isReadOnly(sql) || !lostConnection(query))
            fail(query);
    } // the failed statement goes with the old connection
    reopen();
    QSqlQuery again(handle());
    if (!runOnce(again, sql, binds))
        fail(again);
    return again;
}

QSqlQuery &Database::prepared(const QString &sql) const
{
    ensureConnected();
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(handle());
        it = m_prepared.emplace(sql, Prepared{std::move(query), false}).first;
    }
    Prepared &statement = it->second;
    if (!statement.ready) {
        statement.query->setForwardOnly(true);
        if (!statement.query->prepare(sql))
            fail(*statement.query);
        statement.ready = true;
    }
    return *statement.query;
}

sqlite3_stmt *Database::keptSqliteStatement(const QString &sql) const
{
    const auto kept = m_sqliteStatements.find(sql);
    if (kept != m_sqliteStatements.end())
        return kept->second;
    sqlite3 *handle = SqliteStatement::handleOf(*this);
    if (!handle)
        return nullptr;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        // The error string of the code only, as SqliteStatement reports it.
        throw DatabaseError(std::string("SQLite: ") + sqlite3_errstr(code));
    }
    m_sqliteStatements.emplace(sql, statement);
    return statement;
}

QByteArray Database::keptPostgresStatement(const QString &sql) const
{
    ensureConnected();
    auto kept = m_postgresStatements.find(sql);
    if (kept == m_postgresStatements.end()) {
        // Qt's driver names its own statements qpsqlpstmt_*.
        const QByteArray name = "pd_kept_" + QByteArray::number(m_postgresStatements.size() + 1);
        kept = m_postgresStatements.emplace(sql, KeptPostgres{name, false}).first;
    }
    if (kept->second.ready)
        return kept->second.name;
    PGconn *connection = PostgresStatement::handleOf(*this);
    if (!connection)
        throw DatabaseError("PostgreSQL: not a PostgreSQL connection");
    PGresult *result =
        PQprepare(connection, kept->second.name.constData(),
                  PostgresStatement::numberPlaceholders(sql).constData(), 0, nullptr);
    const ExecStatusType status = PQresultStatus(result);
    const QByteArray state =
        result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    PQclear(result);
    if (status != PGRES_COMMAND_OK) {
        if (!result || PQstatus(connection) == CONNECTION_BAD ||
            isConnectionState(QString::fromLatin1(state)))
            throw DatabaseUnavailable("the connection to the database was lost");
        // The SQLSTATE only, as PostgresStatement reports errors.
        throw DatabaseError("PostgreSQL: SQLSTATE " + state.toStdString());
    }
    kept->second.ready = true;
    return kept->second.name;
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
        m_inTransaction = true;
        return;
    }
    ensureConnected();
    if (!handle().transaction()) {
        if (PostgresLink::isBroken(handle().driver()))
            throw DatabaseUnavailable("the connection to the database was lost");
        throw DatabaseError(describe(handle().lastError()).toStdString());
    }
    m_inTransaction = true;
}

void Database::commit() const
{
    m_inTransaction = false;
    if (handle().commit())
        return;
    // Whether a commit whose answer was lost went through is unknown: the
    // client's retry, under its Idempotency-Key, finds out.
    if (m_dialect == Dialect::Postgres && PostgresLink::isBroken(handle().driver()))
        throw DatabaseUnavailable("the connection to the database was lost");
    throw DatabaseError(describe(handle().lastError()).toStdString());
}

void Database::rollback() const
{
    m_inTransaction = false;
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
