#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariantList>

struct pg_conn;
struct pg_result;

namespace pd::server {

class Database;

// One statement run straight on the libpq connection under a Database, as
// SqliteStatement does on SQLite, for reads where QtSql costs more than the
// query: Qt's driver sends each run of a prepared statement as an EXECUTE with
// the values written into its text, reads a forward-only result one row per
// PGresult, and turns every column into a QVariant of UTF-16 text that a JSON
// writer turns back into the UTF-8 that libpq received. Here the statement is
// prepared once per connection (Database::keptPostgresStatement()), run with
// its values as parameters and read as one result of text columns. Errors
// throw DatabaseError naming only the SQLSTATE, never bound values;
// DatabaseUnavailable when the connection was lost.
class PostgresStatement
{
public:
    // The libpq connection under `db`, or nullptr when it is not an open
    // PostgreSQL one.
    static pg_conn *handleOf(const Database &db);
    // `sql` with its `?` placeholders numbered as PostgreSQL's $1, $2, ...;
    // a `?` inside a quoted literal or identifier stays.
    static QByteArray numberPlaceholders(const QString &sql);

    // The statement `db` keeps for `sql`; `db` must be a PostgreSQL one.
    PostgresStatement(const Database &db, const QString &sql);
    ~PostgresStatement();
    PostgresStatement(const PostgresStatement &) = delete;
    PostgresStatement &operator=(const PostgresStatement &) = delete;

    // Binds the `?` placeholders in order: text, integers, reals, null.
    void bind(const QVariantList &values);
    // Runs the statement on the first call; then steps to the next row;
    // false after the last.
    bool next();

    // The current row's column as UTF-8 text (an integer's digits); empty for
    // NULL. Valid until this statement ends.
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    // The column of that name in the result, or -1 (valid once next() ran).
    int columnIndex(QByteArrayView name) const;

private:
    void execute();
    [[noreturn]] void fail() const;

    pg_conn *m_connection = nullptr;
    QByteArray m_name;
    QList<QByteArray> m_values;
    QList<bool> m_null;
    pg_result *m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace pd::server
