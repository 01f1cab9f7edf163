#include "Migrations.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pd::server {

namespace {

// Version 1: the whole initial schema. Times are milliseconds since the epoch
// (BIGINT), booleans are INTEGER 0/1, JSON documents are TEXT: the same DDL
// then serves SQLite and PostgreSQL.
QStringList version1(const Database &db)
{
    const QString serial = db.serialPrimaryKey();
    return {
        QStringLiteral("CREATE TABLE accounts ("
                       " id TEXT PRIMARY KEY,"
                       " email TEXT NOT NULL UNIQUE,"
                       " password_hash TEXT NOT NULL,"
                       " password_changed_at BIGINT NOT NULL,"
                       " totp_secret TEXT,"
                       " totp_enabled INTEGER NOT NULL DEFAULT 0,"
                       " totp_pending_secret TEXT,"
                       " totp_last_step BIGINT NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " deleted_at BIGINT)"),
        QStringLiteral("CREATE TABLE profiles ("
                       " account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
                       " full_name TEXT NOT NULL DEFAULT '',"
                       " email_verified INTEGER NOT NULL DEFAULT 0,"
                       " address_line1 TEXT NOT NULL DEFAULT '',"
                       " address_line2 TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " postal_code TEXT NOT NULL DEFAULT '',"
                       " country TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " website TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE billing_cards ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " brand TEXT NOT NULL, last4 TEXT NOT NULL,"
                       " exp_month INTEGER NOT NULL, exp_year INTEGER NOT NULL,"
                       " holder_name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE third_party_records (id %1,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " field TEXT NOT NULL, value TEXT NOT NULL, source TEXT NOT NULL,"
                       " received_at BIGINT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX third_party_records_page ON third_party_records"
                       " (account_id, received_at DESC, id DESC)"),
        QStringLiteral("CREATE TABLE visits (id %1,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " started_at BIGINT NOT NULL, duration_seconds INTEGER NOT NULL,"
                       " ip_address TEXT NOT NULL, city TEXT NOT NULL, region TEXT NOT NULL,"
                       " country TEXT NOT NULL, browser TEXT NOT NULL,"
                       " browser_version TEXT NOT NULL, device_type TEXT NOT NULL,"
                       " language TEXT NOT NULL, page_title TEXT NOT NULL,"
                       " page_url TEXT NOT NULL, referrer TEXT NOT NULL,"
                       " next_site TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX visits_page ON visits (account_id, started_at DESC, id DESC)"),
        QStringLiteral("CREATE TABLE messages (id %1,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " sent_at BIGINT NOT NULL, channel TEXT NOT NULL, direction TEXT NOT NULL,"
                       " counterpart TEXT NOT NULL, body TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral(
            "CREATE INDEX messages_page ON messages (account_id, sent_at DESC, id DESC)"),
        QStringLiteral("CREATE TABLE logs (id %1,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " occurred_at BIGINT NOT NULL, level TEXT NOT NULL, event TEXT NOT NULL,"
                       " detail TEXT NOT NULL, ip_address TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE INDEX logs_page ON logs (account_id, occurred_at DESC, id DESC)"),
        QStringLiteral("CREATE TABLE usage_counters ("
                       " account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
                       " active_users INTEGER NOT NULL, agents INTEGER NOT NULL,"
                       " media_files INTEGER NOT NULL, media_bytes BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE cookies ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL, domain TEXT NOT NULL, identifier TEXT,"
                       " purpose TEXT NOT NULL, category TEXT NOT NULL,"
                       " required INTEGER NOT NULL, consent INTEGER NOT NULL,"
                       " first_set_at BIGINT, expires_at BIGINT)"),
        QStringLiteral("CREATE TABLE google_authorizations ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " client_name TEXT NOT NULL, scopes TEXT NOT NULL,"
                       " granted_at BIGINT NOT NULL, last_used_at BIGINT,"
                       " revoked_at BIGINT)"),
        // Deployment-wide facts: where data lives and who receives it.
        QStringLiteral("CREATE TABLE storage_regions ("
                       " id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,"
                       " provider TEXT NOT NULL, is_primary INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE processors ("
                       " name TEXT PRIMARY KEY, purpose TEXT NOT NULL, regions TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sharing_recipients ("
                       " name TEXT PRIMARY KEY, category TEXT NOT NULL, situation TEXT NOT NULL,"
                       " data_categories TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE policy_versions ("
                       " version TEXT PRIMARY KEY, last_updated TEXT NOT NULL, body TEXT NOT NULL,"
                       " published_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE policy_acknowledgements ("
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " version TEXT NOT NULL, acknowledged_at BIGINT NOT NULL,"
                       " PRIMARY KEY (account_id, version))"),
        QStringLiteral("CREATE TABLE marketing_preferences ("
                       " account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
                       " email INTEGER NOT NULL, sms INTEGER NOT NULL, whatsapp INTEGER NOT NULL,"
                       " push INTEGER NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " device_name TEXT NOT NULL, user_agent TEXT NOT NULL,"
                       " ip_address TEXT NOT NULL, location TEXT NOT NULL,"
                       " auth_method TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL,"
                       " reauthenticated_at BIGINT NOT NULL DEFAULT 0,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE TABLE access_tokens ("
                       " token_hash TEXT PRIMARY KEY,"
                       " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE refresh_tokens ("
                       " token_hash TEXT PRIMARY KEY,"
                       " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                       " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                       " used_at BIGINT)"),
        QStringLiteral("CREATE TABLE mfa_challenges ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " device_name TEXT NOT NULL, user_agent TEXT NOT NULL,"
                       " ip_address TEXT NOT NULL,"
                       " expires_at BIGINT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                       " used_at BIGINT)"),
        QStringLiteral("CREATE TABLE oidc_identities ("
                       " issuer TEXT NOT NULL, subject TEXT NOT NULL,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " linked_at BIGINT NOT NULL, PRIMARY KEY (issuer, subject))"),
        QStringLiteral("CREATE TABLE requests ("
                       " id TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " type TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
                       " due_at BIGINT NOT NULL, next_step_at BIGINT,"
                       " result TEXT,"
                       " idempotency_key TEXT NOT NULL, body_hash TEXT NOT NULL,"
                       " UNIQUE (account_id, idempotency_key))"),
        QStringLiteral(
            "CREATE INDEX requests_page ON requests (account_id, created_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX requests_due ON requests (next_step_at)"),
        QStringLiteral("CREATE TABLE request_history (id %1,"
                       " request_id TEXT NOT NULL REFERENCES requests(id) ON DELETE CASCADE,"
                       " status TEXT NOT NULL, at BIGINT NOT NULL, message TEXT NOT NULL)")
            .arg(serial),
        QStringLiteral("CREATE TABLE export_archives ("
                       " request_id TEXT PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,"
                       " path TEXT NOT NULL, size_bytes BIGINT NOT NULL, sha256 TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)"),
        // Deletions outlive the purged account: they record what was erased
        // and until when backups still hold it.
        QStringLiteral("CREATE TABLE deletion_records ("
                       " account_id TEXT PRIMARY KEY, email_hash TEXT NOT NULL,"
                       " purged_at BIGINT NOT NULL, backups_retained_until BIGINT NOT NULL)"),
    };
}

// Version 2: answers to state-changing requests by Idempotency-Key, so a
// retried request is answered again instead of applied twice. status 0
// marks a request still running; the body is encrypted with the server's
// secret because answers can carry tokens.
QStringList version2(const Database &)
{
    return {
        QStringLiteral("CREATE TABLE idempotency_records ("
                       " scope TEXT NOT NULL, key_hash TEXT NOT NULL,"
                       " request_hash TEXT NOT NULL, status INTEGER NOT NULL,"
                       " content_type TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                       " PRIMARY KEY (scope, key_hash))"),
        QStringLiteral("CREATE INDEX idempotency_records_expiry ON idempotency_records"
                       " (expires_at)"),
    };
}

// Version 3 (issue 10, item 9): an email change waits for the new address
// to confirm a code; OpenID Connect sign-ins use server-issued, single-use
// nonces; a two-factor challenge remembers how its first step was passed.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE email_changes ("
                       " account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
                       " new_email TEXT NOT NULL, code_hash TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0, sends INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE oidc_nonces ("
                       " nonce_hash TEXT PRIMARY KEY, expires_at BIGINT NOT NULL,"
                       " used_at BIGINT)"),
        QStringLiteral("ALTER TABLE mfa_challenges"
                       " ADD COLUMN auth_method TEXT NOT NULL DEFAULT 'password'"),
    };
}

// Version 4 (issue 13, scale out): what one process used to keep in memory
// moves here, so that several processes on one database behind a load
// balancer share it. rate_limits holds one "theoretical arrival time" per
// client (GCRA, microseconds): a row in the past is a full bucket and is
// pruned. sign_in_failures holds one row per failed attempt under a keyed
// hash of the account or address. refresh_successors keeps, for the 30-second
// refresh grace window only, the pair a refresh token was rotated into,
// sealed with the server secret. server_settings records the secret's
// fingerprint, so an instance started with another secret refuses to run.
//
// On PostgreSQL the two counter tables are UNLOGGED: a transaction that
// writes only them does not wait for the WAL to reach the disk, which the
// rate limit's write on every request would otherwise do (measured: 1,900
// requests/s became 220 on a durable server). A crash or a fail-over
// empties them, which only ever loosens the limits for a while.
QStringList version4(const Database &db)
{
    const QString counters =
        db.isPostgres() ? QStringLiteral("CREATE UNLOGGED TABLE") : QStringLiteral("CREATE TABLE");
    return {
        counters + QStringLiteral(" rate_limits ("
                                  " bucket TEXT PRIMARY KEY, tat_us BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX rate_limits_expiry ON rate_limits (tat_us)"),
        counters + QStringLiteral(" sign_in_failures ("
                                  " key_hash TEXT NOT NULL, at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sign_in_failures_key ON sign_in_failures (key_hash, at)"),
        QStringLiteral("CREATE INDEX sign_in_failures_expiry ON sign_in_failures (at)"),
        QStringLiteral("CREATE TABLE refresh_successors ("
                       " token_hash TEXT PRIMARY KEY,"
                       " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                       " successor_hash TEXT NOT NULL, client_mac TEXT NOT NULL,"
                       " sealed TEXT NOT NULL, rotated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX refresh_successors_expiry ON refresh_successors"
                       " (rotated_at)"),
        QStringLiteral("CREATE TABLE server_settings ("
                       " name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 5 (issue 13, server load): each account's number of visits,
// messages and log entries, kept by triggers, so a first page reads its
// `total` in one step instead of counting up to a million rows. SQLite has
// only row triggers; PostgreSQL counts a whole statement's rows at once
// through transition tables (the demo seeds a million visits in one INSERT).
// A deleted account's counts go with it (foreign key); the rows' own
// cascade only lowers counts that are about to vanish.
QStringList version5(const Database &db)
{
    const QStringList lists{QStringLiteral("visits"), QStringLiteral("messages"),
                            QStringLiteral("logs")};
    QStringList statements{
        QStringLiteral("CREATE TABLE list_row_counts ("
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " list TEXT NOT NULL, row_count BIGINT NOT NULL,"
                       " PRIMARY KEY (account_id, list))"),
    };
    for (const QString &list : lists) {
        // The rows already there (a database from before this version).
        statements << QStringLiteral("INSERT INTO list_row_counts (account_id, list, row_count)"
                                     " SELECT account_id, '%1', COUNT(*) FROM %1"
                                     " GROUP BY account_id")
                          .arg(list);
        if (db.isPostgres()) {
            statements
                << QStringLiteral(
                       "CREATE FUNCTION %1_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " INSERT INTO list_row_counts (account_id, list, row_count)"
                       " SELECT account_id, '%1', COUNT(*) FROM inserted_rows GROUP BY account_id"
                       " ON CONFLICT (account_id, list) DO UPDATE"
                       " SET row_count = list_row_counts.row_count + EXCLUDED.row_count;"
                       " RETURN NULL;"
                       " END $$")
                       .arg(list)
                << QStringLiteral(
                       "CREATE FUNCTION %1_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " BEGIN"
                       " UPDATE list_row_counts c SET row_count = c.row_count - d.n"
                       " FROM (SELECT account_id, COUNT(*) AS n FROM deleted_rows"
                       " GROUP BY account_id) d"
                       " WHERE c.account_id = d.account_id AND c.list = '%1';"
                       " RETURN NULL;"
                       " END $$")
                       .arg(list)
                << QStringLiteral("CREATE TRIGGER %1_count_inserted AFTER INSERT ON %1"
                                  " REFERENCING NEW TABLE AS inserted_rows"
                                  " FOR EACH STATEMENT EXECUTE FUNCTION %1_count_inserted()")
                       .arg(list)
                << QStringLiteral("CREATE TRIGGER %1_count_deleted AFTER DELETE ON %1"
                                  " REFERENCING OLD TABLE AS deleted_rows"
                                  " FOR EACH STATEMENT EXECUTE FUNCTION %1_count_deleted()")
                       .arg(list);
        } else {
            statements << QStringLiteral(
                              "CREATE TRIGGER %1_count_inserted AFTER INSERT ON %1"
                              " BEGIN"
                              " INSERT INTO list_row_counts (account_id, list, row_count)"
                              " VALUES (NEW.account_id, '%1', 1)"
                              " ON CONFLICT (account_id, list) DO UPDATE"
                              " SET row_count = row_count + 1;"
                              " END")
                              .arg(list)
                       << QStringLiteral("CREATE TRIGGER %1_count_deleted AFTER DELETE ON %1"
                                         " BEGIN"
                                         " UPDATE list_row_counts SET row_count = row_count - 1"
                                         " WHERE account_id = OLD.account_id AND list = '%1';"
                                         " END")
                              .arg(list);
        }
        // Rows never move between accounts: a move would leave both
        // accounts' counts wrong, so it is refused.
        if (db.isPostgres()) {
            statements << QStringLiteral(
                              "CREATE FUNCTION %1_count_moved() RETURNS trigger LANGUAGE plpgsql"
                              " AS $$ BEGIN"
                              " RAISE EXCEPTION '%1 rows keep their account';"
                              " END $$")
                              .arg(list)
                       << QStringLiteral("CREATE TRIGGER %1_count_moved BEFORE UPDATE OF account_id"
                                         " ON %1 FOR EACH ROW"
                                         " WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id)"
                                         " EXECUTE FUNCTION %1_count_moved()")
                              .arg(list);
        } else {
            statements << QStringLiteral("CREATE TRIGGER %1_count_moved BEFORE UPDATE OF account_id"
                                         " ON %1 WHEN OLD.account_id IS NOT NEW.account_id"
                                         " BEGIN SELECT RAISE(ABORT, '%1 rows keep their account');"
                                         " END")
                              .arg(list);
        }
    }
    return statements;
}

// Version 6 (issue 15, request status as the Data Rights Protocol models
// it): a history entry is a status change or an extension of the date the
// answer is expected by (`kind`); a denial or an extension carries a reason
// code, an extension its new date, and a cancellation the reason the user
// gave (`detail`, their words). Rows from before are status changes.
QStringList version6()
{
    return {
        QStringLiteral(
            "ALTER TABLE request_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'status'"),
        QStringLiteral("ALTER TABLE request_history ADD COLUMN reason_code TEXT"),
        QStringLiteral("ALTER TABLE request_history ADD COLUMN expected_by BIGINT"),
        QStringLiteral("ALTER TABLE request_history ADD COLUMN detail TEXT"),
        QStringLiteral("CREATE INDEX request_history_request ON request_history (request_id, at)"),
    };
}

// Version 7 (issue 15, "who else has my data"): which data categories each
// processor receives and since when; each recipient's purpose, the countries
// it receives data in and since when. Rows from before carry no categories,
// countries or dates (NULL `since`: "not recorded") until the deployment
// seed or an operator fills them in.
QStringList version7()
{
    return {
        QStringLiteral(
            "ALTER TABLE processors ADD COLUMN data_categories TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE processors ADD COLUMN since TEXT"),
        QStringLiteral(
            "ALTER TABLE sharing_recipients ADD COLUMN purpose TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE sharing_recipients ADD COLUMN countries TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral("ALTER TABLE sharing_recipients ADD COLUMN since TEXT"),
    };
}

// The signed receipt of each completed deletion (RequestReceipt): the
// request goes with the account, its proof stays, fetched by the request's
// unguessable id (GET /receipts/{id}) once nobody can sign in any more.
QStringList version8()
{
    return {
        QStringLiteral("CREATE TABLE deletion_receipts ("
                       " request_id TEXT PRIMARY KEY, signed_receipt TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
    };
}

// Any constant will do, as long as no other program on the same PostgreSQL
// database takes this advisory lock: "pdmigr" in ASCII.
constexpr qint64 kStartupLockKey = 0x70646D696772;

} // namespace

Migrations::StartupLock::StartupLock(const Database &db)
    : m_db(db)
{
    // A session-level lock: held across the transactions of each step and
    // released by the destructor (or by PostgreSQL when the process dies).
    if (m_db.isPostgres())
        m_db.run(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kStartupLockKey));
}

Migrations::StartupLock::~StartupLock()
{
    if (!m_db.isPostgres())
        return;
    try {
        m_db.run(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kStartupLockKey));
    } catch (const DatabaseError &) {
        // The connection is gone, and the lock with it.
    }
}

QList<QStringList> Migrations::steps(const Database &db)
{
    return {version1(db), version2(db), version3(), version4(db),
            version5(db), version6(),   version7(), version8()};
}

int Migrations::latestVersion()
{
    return 8;
}

void Migrations::apply(const Database &db)
{
    // Instances started together would otherwise both see version N and both
    // try N + 1; PostgreSQL locks nest, so a caller may hold one already.
    const StartupLock lock(db);
    db.run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                          " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
    QSqlQuery current =
        db.run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    const int have = current.next() ? current.value(0).toInt() : 0;
    const QList<QStringList> all = steps(db);
    for (int version = have + 1; version <= all.size(); ++version) {
        Transaction transaction(db);
        for (const QString &statement : all.at(version - 1))
            db.run(statement);
        db.run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
               {version, QDateTime::currentMSecsSinceEpoch()});
        transaction.commit();
    }
}

} // namespace pd::server
