#pragma once

#include "db/Paginator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace pd::server {

class Database;

// One row of the requests table.
struct RequestRecord {
    QString id;
    QString accountId;
    QString type;
    QString status;
    QJsonObject payload;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 dueAt = 0;
    std::optional<qint64> nextStepAt; // null once the request is final
    QJsonValue result = QJsonValue::Null;
    QString bodyHash;
};

// SQL for the requests and request_history tables, and the API
// representation of a request.
class RequestStore
{
public:
    explicit RequestStore(const Database &db);

    // Inserts the request and its first history entry in one transaction.
    // False, with nothing written, when the account already used the key.
    bool insert(const RequestRecord &request, const QString &idempotencyKey,
                const QString &firstMessage) const;
    std::optional<RequestRecord> find(const QString &accountId, const QString &id) const;
    std::optional<RequestRecord> findByKey(const QString &accountId, const QString &key) const;
    std::optional<RequestRecord> findById(const QString &id) const;
    // Open requests whose last step was taken "later" than `nowMs` (the wall
    // clock went back since) wait from now on only what was left of their
    // wait, instead of until the clock catches up (which could be days).
    void rescheduleFromTheFuture(qint64 nowMs) const;
    // Open requests whose next step is due, oldest first.
    QList<RequestRecord> due(qint64 nowMs, int limit) const;

    // Compare-and-set status change plus its history entry (the caller owns
    // the transaction). False when the request is no longer in `from`.
    // `reasonCode` names why (a denial's RequestDenialReason); `detail` is the
    // user's own words (a cancellation's reason), both empty when none.
    bool transition(const QString &id, const QString &from, const QString &to, qint64 at,
                    const QString &message, std::optional<qint64> nextStepAt,
                    const QJsonValue &result = QJsonValue::Null, const QString &reasonCode = {},
                    const QString &detail = {}) const;

    // Moves the date the answer is expected by to `expectedBy`, for the
    // reason `reasonCode` explained by `explanation`, as a history entry of
    // kind `extension`; the status stays. Compare-and-set on `status` (the
    // caller owns the transaction).
    bool extend(const QString &id, const QString &status, qint64 at, const QString &reasonCode,
                const QString &explanation, qint64 expectedBy,
                std::optional<qint64> nextStepAt) const;
    // How many times the request's date was extended.
    int extensionCount(const QString &id) const;

    // Moves the next step of a request still in `status` to `at`, without a
    // history entry; with `onlyFrom`, only if the next step is still due
    // then (a compare-and-set claim). False when nothing changed.
    bool deferNextStep(const QString &id, const QString &status, qint64 at,
                       std::optional<qint64> onlyFrom = std::nullopt) const;

    QJsonObject toJson(const RequestRecord &request) const;
    // The list page; each item carries its history.
    QJsonObject page(const QString &accountId, const PageQuery &query, qint64 nowMs) const;

    static bool isOpen(const QString &status);

private:
    // Adds what the history says to a representation: the history itself,
    // the current expected-by date, extensions, denial and cancellation.
    void addHistory(QJsonObject &representation) const;
    static RequestRecord fromRow(const QSqlQuery &row);
    static QJsonObject representation(const RequestRecord &request);

    const Database &m_db;
};

} // namespace pd::server
