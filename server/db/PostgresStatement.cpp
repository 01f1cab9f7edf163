#include "PostgresStatement.h"

#include "Database.h"
#include "PostgresLink.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <string>

namespace pd::server {

namespace {

// SQLSTATEs of a connection the server ended or refused, as Database has them.
bool isConnectionState(const char *state)
{
    if (!state)
        return false;
    return std::strncmp(state, "08", 2) == 0 || std::strcmp(state, "57P01") == 0 ||
           std::strcmp(state, "57P02") == 0 || std::strcmp(state, "57P03") == 0;
}

} // namespace

pg_conn *PostgresStatement::handleOf(const Database &db)
{
    if (!db.isPostgres())
        return nullptr;
    const QSqlDatabase connection = db.handle();
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    return PostgresLink::connectionOf(connection.driver());
}

QByteArray PostgresStatement::numberPlaceholders(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    QByteArray numbered;
    numbered.reserve(text.size() + 16);
    char quote = 0;
    int placeholder = 0;
    for (const char c : text) {
        if (quote) {
            // A doubled quote inside a literal closes and reopens it: the
            // same state either way.
            if (c == quote)
                quote = 0;
            numbered += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            numbered += c;
        } else if (c == '?') {
            numbered += '$';
            numbered += QByteArray::number(++placeholder);
        } else {
            numbered += c;
        }
    }
    return numbered;
}

PostgresStatement::PostgresStatement(const Database &db, const QString &sql)
    : m_name(db.keptPostgresStatement(sql))
{
    // After keptPostgresStatement(), which reopens a connection the server ended.
    m_connection = handleOf(db);
    if (!m_connection)
        throw DatabaseError("PostgreSQL: not a PostgreSQL connection");
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
}

void PostgresStatement::bind(const QVariantList &values)
{
    m_values.clear();
    m_null.clear();
    m_values.reserve(values.size());
    m_null.reserve(values.size());
    for (const QVariant &value : values) {
        if (value.isNull()) {
            m_values.append(QByteArray());
            m_null.append(true);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            m_values.append(QByteArray::number(value.toLongLong()));
            break;
        case QMetaType::Bool:
            m_values.append(value.toBool() ? QByteArrayLiteral("true")
                                           : QByteArrayLiteral("false"));
            break;
        case QMetaType::Double:
            m_values.append(QByteArray::number(value.toDouble(), 'g', 17));
            break;
        default:
            m_values.append(value.toString().toUtf8());
        }
        m_null.append(false);
    }
}

void PostgresStatement::execute()
{
    QList<const char *> values(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        values[i] = m_null.at(i) ? nullptr : m_values.at(i).constData();
    // Text in, text out: the columns arrive as the UTF-8 a JSON writer copies.
    m_result = PQexecPrepared(m_connection, m_name.constData(), int(values.size()),
                              values.constData(), nullptr, nullptr, 0);
    if (PQresultStatus(m_result) != PGRES_TUPLES_OK)
        fail();
    m_rows = PQntuples(m_result);
}

bool PostgresStatement::next()
{
    if (!m_result)
        execute();
    if (m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

QByteArrayView PostgresStatement::text(int column) const
{
    if (PQgetisnull(m_result, m_row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result, m_row, column),
                          PQgetlength(m_result, m_row, column));
}

qint64 PostgresStatement::integer(int column) const
{
    const QByteArrayView digits = text(column);
    qint64 value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

int PostgresStatement::columnIndex(QByteArrayView name) const
{
    const int count = PQnfields(m_result);
    for (int i = 0; i < count; ++i) {
        if (name == QByteArrayView(PQfname(m_result, i)))
            return i;
    }
    return -1;
}

void PostgresStatement::fail() const
{
    // The SQLSTATE only: the server's message can quote the statement's
    // values, which may be personal data.
    const char *state = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
    if (!m_result || PQstatus(m_connection) == CONNECTION_BAD || isConnectionState(state))
        throw DatabaseUnavailable("the connection to the database was lost");
    throw DatabaseError(std::string("PostgreSQL: SQLSTATE ") + (state ? state : "unknown"));
}

} // namespace pd::server
