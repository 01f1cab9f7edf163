#include "models/TermMatcher.h"

#include "models/FtsQuery.h"

#include <QRegularExpression>

#include <sqlite3.h>

namespace pd {

namespace {

// The FTS5 API of `handle` (owned by the connection); nullptr without FTS5.
fts5_api *fts5Api(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// The tokenizer and its arguments as `ftsTable` declares them ("unicode61"
// and none when it declares none); empty when the declaration could not be
// read or quotes its arguments (then the caller reads the index instead).
QList<QByteArray> tokenizerDeclaration(sqlite3 *handle, const QString &ftsTable)
{
    sqlite3_stmt *statement = nullptr;
    QString sql;
    if (sqlite3_prepare_v2(handle, "SELECT sql FROM main.sqlite_schema WHERE name = ?1", -1,
                           &statement, nullptr) == SQLITE_OK) {
        const QByteArray name = ftsTable.toUtf8();
        sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_STATIC);
        if (sqlite3_step(statement) == SQLITE_ROW)
            sql = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    if (sql.isEmpty())
        return {};
    static const QRegularExpression option(
        QStringLiteral("[(,]\\s*tokenize\\s*=\\s*'([^']*)'\\s*[,)]"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = option.match(sql);
    if (!match.hasMatch())
        return sql.contains(QStringLiteral("tokenize"), Qt::CaseInsensitive)
                   ? QList<QByteArray>()
                   : QList<QByteArray>{QByteArrayLiteral("unicode61")};
    const QString declared = match.captured(1);
    if (declared.contains(u'"') || declared.contains(u'`') || declared.contains(u'['))
        return {};
    QList<QByteArray> words;
    for (const QString &word : declared.split(u' ', Qt::SkipEmptyParts))
        words << word.toUtf8();
    return words;
}

struct Scan {
    const QList<QList<QByteArray>> *groups;
    unsigned found;
    unsigned all;
};

int onToken(void *context, int, const char *token, int size, int, int)
{
    auto *scan = static_cast<Scan *>(context);
    const QByteArrayView view(token, size);
    for (qsizetype g = 0; g < scan->groups->size(); ++g) {
        const unsigned bit = 1U << g;
        if (scan->found & bit)
            continue;
        for (const QByteArray &term : scan->groups->at(g)) {
            if (view == term) {
                scan->found |= bit;
                break;
            }
        }
    }
    // Every group found: the rest of the text cannot change the answer.
    return scan->found == scan->all ? SQLITE_DONE : SQLITE_OK;
}

} // namespace

std::unique_ptr<TermMatcher> TermMatcher::create(sqlite3 *handle, const QString &ftsTable,
                                                 const QString &expression)
{
    const QList<QStringList> groups = FtsQuery::knownTermGroups(expression);
    if (groups.isEmpty() || groups.size() > 32)
        return nullptr;
    const QList<QByteArray> declaration = tokenizerDeclaration(handle, ftsTable);
    fts5_api *api = declaration.isEmpty() ? nullptr : fts5Api(handle);
    if (!api)
        return nullptr;
    std::unique_ptr<TermMatcher> matcher(new TermMatcher);
    matcher->m_api = std::make_unique<fts5_tokenizer>();
    void *userData = nullptr;
    if (api->xFindTokenizer(api, declaration.constFirst().constData(), &userData,
                            matcher->m_api.get()) != SQLITE_OK)
        return nullptr;
    QList<const char *> arguments;
    for (qsizetype i = 1; i < declaration.size(); ++i)
        arguments << declaration.at(i).constData();
    if (matcher->m_api->xCreate(userData, arguments.data(), int(arguments.size()),
                                &matcher->m_tokenizer) != SQLITE_OK) {
        matcher->m_tokenizer = nullptr;
        return nullptr;
    }
    for (const QStringList &group : groups) {
        QList<QByteArray> terms;
        for (const QString &term : group)
            terms << term.toUtf8();
        matcher->m_groups << terms;
    }
    return matcher;
}

TermMatcher::~TermMatcher()
{
    if (m_tokenizer)
        m_api->xDelete(m_tokenizer);
}

bool TermMatcher::tokenize(const char *text, int size, unsigned *found, bool *failed) const
{
    const unsigned all = m_groups.size() == 32 ? ~0U : (1U << m_groups.size()) - 1;
    Scan scan{&m_groups, *found, all};
    const int rc =
        m_api->xTokenize(m_tokenizer, &scan, FTS5_TOKENIZE_DOCUMENT, text, size, &onToken);
    *found = scan.found;
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        *failed = true;
    return scan.found == all;
}

bool TermMatcher::matches(sqlite3_value *const *texts, int count, bool *failed) const
{
    unsigned found = 0;
    for (int i = 0; i < count; ++i) {
        if (sqlite3_value_type(texts[i]) == SQLITE_NULL)
            continue;
        const char *text = reinterpret_cast<const char *>(sqlite3_value_text(texts[i]));
        if (text && tokenize(text, sqlite3_value_bytes(texts[i]), &found, failed))
            return true;
        if (*failed)
            return false;
    }
    return false;
}

bool TermMatcher::matches(const QList<QByteArray> &texts, bool *failed) const
{
    unsigned found = 0;
    for (const QByteArray &text : texts) {
        if (text.isNull())
            continue;
        if (tokenize(text.constData(), int(text.size()), &found, failed))
            return true;
        if (*failed)
            return false;
    }
    return false;
}

} // namespace pd
