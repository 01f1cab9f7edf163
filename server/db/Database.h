#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace pd::server {

class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One connection to SQLite (a file path) or PostgreSQL (a postgresql:// URL).
// Every statement goes through run(), which throws DatabaseError on failure
// so that a handler can never carry on with a half-applied change.
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
    QSqlDatabase handle() const { return QSqlDatabase::database(m_connectionName); }

    QSqlQuery run(const QString &sql, const QVariantList &binds = {}) const;
    // Runs a statement prepared once and cached by its text (hot paths).
    QSqlQuery &prepared(const QString &sql) const;
    static void exec(QSqlQuery &query, const QVariantList &binds = {});

    // Dialect snippets used when composing SQL.
    QString serialPrimaryKey() const;
    QString caseInsensitiveContains(const QString &column) const; // binds one value

    void begin() const;
    void commit() const;
    void rollback() const;

private:
    Database(Dialect dialect, QString connectionName);
    Dialect m_dialect;
    QString m_connectionName;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
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
