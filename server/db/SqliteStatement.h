#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::server {

class Database;

// One statement run straight on the sqlite3 connection under a Database, for
// reads where QtSql's own conversion costs more than the query: it turns every
// column of every row into a QVariant, text into UTF-16 (which SQLite converts
// from the UTF-8 it stores, and a JSON writer converts back). Errors throw
// DatabaseError naming only SQLite's error code, never bound values.
class SqliteStatement
{
public:
    // The sqlite3 connection under `db`, or nullptr when it is not an open
    // SQLite one.
    static sqlite3 *handleOf(const Database &db);

    // The statement `db` keeps for `sql` (Database::keptSqliteStatement());
    // `db` must be an SQLite one. Reset when this ends, which ends its read.
    SqliteStatement(const Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds the `?` placeholders in order: text, integers, reals, blobs, null.
    void bind(const QVariantList &values);
    // Steps to the next row; false after the last.
    bool next();

    // The current row's column as UTF-8 text (an integer's digits); empty for
    // NULL. Valid until the next step.
    QByteArrayView text(int column) const;
    qint64 integer(int column) const;
    // The column of that name in the result, or -1.
    int columnIndex(QByteArrayView name) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3_stmt *m_statement = nullptr;
};

} // namespace pd::server
