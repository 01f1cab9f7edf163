#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <stdexcept>
#include <unordered_map>

struct sqlite3_stmt;

namespace pd::server {

class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The database server could not be reached, or the connection was lost
// mid-statement (a PostgreSQL restart). Whether a lost write ran is unknown;
// the connection is reopened before the next statement, so a client that
// retries (with its Idempotency-Key) is answered once the server is back.
class DatabaseUnavailable : public DatabaseError
{
public:
    using DatabaseError::DatabaseError;
};

// One connection to SQLite (a file path) or PostgreSQL (a postgresql:// URL).
// Every statement goes through run(), which throws DatabaseError on failure
// so that a handler can never carry on with a half-applied change.
//
// A PostgreSQL connection the server ended (a restart) is reopened before
// the next statement outside a transaction; a read that lost its connection
// midway runs once more on the new one. A lost write or transaction throws
// DatabaseUnavailable instead: it may have been applied.
class Database
{
public:
    enum class Dialect { Sqlite, Postgres };

    // `location` is a SQLite file path or postgresql://user@host:port/db.
    // `password`, when given, wins over one in a postgresql:// URL.
    static std::unique_ptr<Database> open(const QString &location, QString *error,
                                          const QString &password = {});
    // libpq options for a postgresql:// URL: sslmode=verify-full unless the
    // host is this machine (loopback, localhost or a socket folder).
    static QString postgresOptions(const QUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    // Never opens a closed connection by itself (QSqlDatabase::database()
    // would): reopen() does, and prepares the cached statements again.
    QSqlDatabase handle() const { return QSqlDatabase::database(m_connectionName, false); }

    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const;
    // Runs a statement prepared once and cached by its text (hot paths);
    // prepared again after the connection was reopened.
    QSqlQuery &prepared(const QString &sql) const;
    // Throws DatabaseUnavailable when the connection was lost.
    static void exec(QSqlQuery &query, const QVariantList &binds = {});

    // On SQLite, a statement prepared once on this connection and kept until
    // it closes, for SqliteStatement; nullptr on PostgreSQL. Throws
    // DatabaseError when it cannot be prepared.
    sqlite3_stmt *keptSqliteStatement(const QString &sql) const;
    // On PostgreSQL, the name of a statement prepared with libpq for `sql`
    // (`?` placeholders) on the current connection, for PostgresStatement;
    // prepared again after the connection was reopened. Reopens a connection
    // the server ended first, as prepared() does. Throws DatabaseError when
    // it cannot be prepared, DatabaseUnavailable when the connection is lost.
    QByteArray keptPostgresStatement(const QString &sql) const;

    // Dialect snippets used when composing SQL.
    QString serialPrimaryKey() const;
    QString caseInsensitiveContains(const QString &column) const; // binds one value

    void begin() const;
    void commit() const;
    void rollback() const;

private:
    Database(Dialect dialect, QString connectionName);
    // Per-connection settings, run after every (re)open.
    void setUpSession() const;
    // Reopens a PostgreSQL connection the server ended; a no-op inside a
    // transaction, which died with its connection.
    void ensureConnected() const;
    void reopen() const;
    [[noreturn]] void fail(const QSqlQuery &query) const;

    Dialect m_dialect;
    QString m_connectionName;
    struct Prepared {
        std::unique_ptr<QSqlQuery> query;
        bool ready = false; // prepared on the current connection
    };
    mutable std::unordered_map<QString, Prepared> m_prepared;
    mutable std::unordered_map<QString, sqlite3_stmt *> m_sqliteStatements;
    struct KeptPostgres {
        QByteArray name;
        bool ready = false; // prepared on the current connection
    };
    mutable std::unordered_map<QString, KeptPostgres> m_postgresStatements;
    mutable bool m_inTransaction = false;
};

// Rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(const Database &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    const Database &m_db;
    bool m_done = false;
};

// Escapes % and _ for a LIKE pattern using '\' as the escape character.
QString likePattern(const QString &needle);

} // namespace pd::server
