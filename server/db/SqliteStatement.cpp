#include "SqliteStatement.h"

#include "Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>
#include <string>

namespace pd::server {

sqlite3 *SqliteStatement::handleOf(const Database &db)
{
    if (db.isPostgres())
        return nullptr;
    const QSqlDatabase connection = db.handle();
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const Database &db, const QString &sql)
    : m_statement(db.keptSqliteStatement(sql))
{
    if (!m_statement)
        throw DatabaseError("SQLite: not an SQLite connection");
}

SqliteStatement::~SqliteStatement()
{
    // Ends the statement's read snapshot, and lets go of the bound text.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void SqliteStatement::bind(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int at = i + 1;
        int code = SQLITE_OK;
        if (value.isNull()) {
            code = sqlite3_bind_null(m_statement, at);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Bool:
                code = sqlite3_bind_int64(m_statement, at, value.toLongLong());
                break;
            case QMetaType::Double:
                code = sqlite3_bind_double(m_statement, at, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                code = sqlite3_bind_blob64(m_statement, at, bytes.constData(),
                                           sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                code =
                    sqlite3_bind_text64(m_statement, at, text.constData(),
                                        sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
        }
        if (code != SQLITE_OK)
            fail(code);
    }
}

bool SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    fail(code);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteStatement::columnIndex(QByteArrayView name) const
{
    const int count = sqlite3_column_count(m_statement);
    for (int i = 0; i < count; ++i) {
        if (name == QByteArrayView(sqlite3_column_name(m_statement, i)))
            return i;
    }
    return -1;
}

void SqliteStatement::fail(int code) const
{
    // The error string of the code only: the connection's message can quote
    // the statement's values, which may be personal data.
    throw DatabaseError(std::string("SQLite: ") + sqlite3_errstr(code));
}

} // namespace pd::server
