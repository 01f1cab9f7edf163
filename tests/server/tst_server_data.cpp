// Personal data over the real server: the profile with its ETag and merge
// patches, masked billing, third-party records, and that one account never
// sees another's data.
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace pd::test;

class TstServerData : public QObject
{
    Q_OBJECT

private:
    Reply patchProfile(const QJsonObject &patch, const QByteArray &ifMatch)
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/merge-patch+json"}};
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        return m_server.request("PATCH", QStringLiteral("/api/v1/profile"), compactJson(patch),
                                headers, m_james.accessToken);
    }

    Reply profile() { return m_server.get(QStringLiteral("/api/v1/profile"), m_james.accessToken); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.startSignedIn(&m_ayu, &m_james), qPrintable(m_server.lastError()));
        QCOMPARE(m_server.accounts().size(), 2);
    }

    void profileHasAStrongEtag()
    {
        const Reply reply = profile();
        QCOMPARE(reply.status, 200);
        static const QRegularExpression strongTag(QStringLiteral("^\"[\\x21\\x23-\\x7E]+\"$"));
        QVERIFY2(strongTag.match(QString::fromLatin1(reply.header("etag"))).hasMatch(),
                 reply.header("etag").constData());
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("email")).toString(), m_server.accounts().at(1).email);
        QVERIFY(!body.value(QStringLiteral("full_name")).toString().isEmpty());
        QVERIFY(body.value(QStringLiteral("mailing_address")).isObject());
        // Unchanged data, unchanged tag.
        QCOMPARE(profile().header("etag"), reply.header("etag"));
    }

    void patchWithoutIfMatchIs428()
    {
        const Reply reply = patchProfile({{QStringLiteral("full_name"), QStringLiteral("X")}}, {});
        QCOMPARE(reply.status, 428);
        QCOMPARE(reply.problemSlug(), QStringLiteral("precondition-required"));
    }

    void patchWithAForeignEtagIs412()
    {
        const Reply before = profile();
        const Reply reply = patchProfile(
            {{QStringLiteral("full_name"), QStringLiteral("Someone Else")}}, "\"p-999999\"");
        QCOMPARE(reply.status, 412);
        QCOMPARE(reply.problemSlug(), QStringLiteral("precondition-failed"));
        QCOMPARE(profile().body, before.body);
    }

    void invalidPatchListsEveryBadField()
    {
        const Reply before = profile();
        const QJsonObject patch{
            {QStringLiteral("full_name"), QStringLiteral("   ")},
            {QStringLiteral("email"), QStringLiteral("not-an-email")},
            {QStringLiteral("phone"), QStringLiteral("0812-3456")},
            {QStringLiteral("website"), QStringLiteral("ftp://files.example.com/")},
            {QStringLiteral("mailing_address"),
             QJsonObject{{QStringLiteral("country"), QStringLiteral("id")}}},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("nickname"), QStringLiteral("jc")},
        };
        const Reply reply = patchProfile(patch, before.header("etag"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.problemSlug(), QStringLiteral("validation-failed"));
        const QStringList fields = reply.errorFields();
        for (const char *field : {"full_name", "email", "phone", "website",
                                  "mailing_address.country", "email_verified", "nickname"})
            QVERIFY2(fields.contains(QLatin1String(field)), field);
        QCOMPARE(profile().header("etag"), before.header("etag"));
    }

    void newAddressMustBeComplete()
    {
        Reply current = profile();
        Reply reply = patchProfile({{QStringLiteral("mailing_address"), QJsonValue::Null}},
                                   current.header("etag"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().value(QStringLiteral("mailing_address")).isNull());

        reply = patchProfile({{QStringLiteral("mailing_address"),
                               QJsonObject{{QStringLiteral("line2"), QStringLiteral("Flat 9")}}}},
                             reply.header("etag"));
        QCOMPARE(reply.status, 422);
        const QStringList fields = reply.errorFields();
        QVERIFY(fields.contains(QStringLiteral("mailing_address.line1")));
        QVERIFY(fields.contains(QStringLiteral("mailing_address.city")));
        QVERIFY(fields.contains(QStringLiteral("mailing_address.country")));

        current = profile();
        const QJsonObject address{{QStringLiteral("line1"), QStringLiteral("1 Market Street")},
                                  {QStringLiteral("city"), QStringLiteral("Manchester")},
                                  {QStringLiteral("country"), QStringLiteral("GB")}};
        reply =
            patchProfile({{QStringLiteral("mailing_address"), address}}, current.header("etag"));
        QCOMPARE(reply.status, 200);
        const QJsonObject stored = reply.json().value(QStringLiteral("mailing_address")).toObject();
        QCOMPARE(stored.value(QStringLiteral("line1")).toString(),
                 QStringLiteral("1 Market Street"));
        QVERIFY(stored.value(QStringLiteral("line2")).isNull());
        QVERIFY(stored.value(QStringLiteral("postal_code")).isNull());
    }

    void emailOfAnotherAccountIs409()
    {
        QCOMPARE(m_server.reauthenticate(m_server.accounts().at(1), m_james.accessToken).status,
                 204);
        const Reply current = profile();
        const Reply reply =
            patchProfile({{QStringLiteral("email"), m_server.accounts().at(0).email.toUpper()}},
                         current.header("etag"));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.problemSlug(), QStringLiteral("conflict"));
        QCOMPARE(profile().json().value(QStringLiteral("email")).toString(),
                 m_server.accounts().at(1).email);
    }

    void patchUpdatesAndStaleEtagFails()
    {
        const Reply current = profile();
        const QJsonObject before = current.json();
        const QJsonObject patch{
            {QStringLiteral("phone"), QStringLiteral("+447700900456")},
            {QStringLiteral("website"), QStringLiteral("https://carter.example.com/about")},
            {QStringLiteral("mailing_address"),
             QJsonObject{{QStringLiteral("postal_code"), QStringLiteral("M1 1AE")},
                         {QStringLiteral("region"), QStringLiteral("Greater Manchester")}}},
        };
        const Reply reply = patchProfile(patch, current.header("etag"));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.header("etag").isEmpty());
        QVERIFY(reply.header("etag") != current.header("etag"));
        const QJsonObject after = reply.json();
        QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("+447700900456"));
        QCOMPARE(after.value(QStringLiteral("website")).toString(),
                 QStringLiteral("https://carter.example.com/about"));
        const QJsonObject address = after.value(QStringLiteral("mailing_address")).toObject();
        QCOMPARE(address.value(QStringLiteral("postal_code")).toString(), QStringLiteral("M1 1AE"));
        QCOMPARE(address.value(QStringLiteral("line1")),
                 before.value(QStringLiteral("mailing_address"))
                     .toObject()
                     .value(QStringLiteral("line1")));
        QCOMPARE(after.value(QStringLiteral("full_name")),
                 before.value(QStringLiteral("full_name")));
        QVERIFY(after.value(QStringLiteral("updated_at")).toString() >
                before.value(QStringLiteral("updated_at")).toString());

        const Reply fresh = profile();
        QCOMPARE(fresh.header("etag"), reply.header("etag"));
        QCOMPARE(fresh.json(), after);

        const Reply stale =
            patchProfile({{QStringLiteral("phone"), QJsonValue::Null}}, current.header("etag"));
        QCOMPARE(stale.status, 412);
        QCOMPARE(profile().json().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+447700900456"));

        // The change is in the account holder's activity log, without values.
        const Reply logs = m_server.get(QStringLiteral("/api/v1/logs?q=profile.updated&limit=5"),
                                        m_james.accessToken);
        QCOMPARE(logs.status, 200);
        const QJsonArray items = logs.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        const QString detail = items.first().toObject().value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QLatin1String("phone")), qPrintable(detail));
        QVERIFY(!detail.contains(QLatin1String("+447700900456")));
    }

    void changingEmailNeedsReauthentication()
    {
        // The whole flow is in tst_server_email_change; here: a bare access
        // token (a new session, never re-authenticated) changes nothing, not
        // even the other fields of the patch.
        const Tokens fresh = m_server.signIn(m_server.accounts().at(1));
        const Reply current = profile();
        const Reply reply = m_server.request(
            "PATCH", QStringLiteral("/api/v1/profile"),
            compactJson({{QStringLiteral("email"), QStringLiteral("James.Carter+Work@Example.COM")},
                         {QStringLiteral("phone"), QJsonValue::Null}}),
            {{"Content-Type", "application/merge-patch+json"},
             {"If-Match", current.header("etag")}},
            fresh.accessToken);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemSlug(), QStringLiteral("reauthentication-required"));
        QCOMPARE(profile().json(), current.json());
    }

    void billingNeverShowsACardNumber()
    {
        for (const Tokens &tokens : {m_ayu, m_james}) {
            const Reply reply = m_server.get(QStringLiteral("/api/v1/billing"), tokens.accessToken);
            QCOMPARE(reply.status, 200);
            const QJsonArray cards = reply.json().value(QStringLiteral("cards")).toArray();
            QVERIFY(!cards.isEmpty());
            static const QRegularExpression last4(QStringLiteral("^[0-9]{4}$"));
            for (const QJsonValue &card : cards)
                QVERIFY(last4.match(card.toObject().value(QStringLiteral("last4")).toString())
                            .hasMatch());
            static const QRegularExpression longNumber(QStringLiteral("[0-9]{13,}"));
            QVERIFY2(!longNumber.match(QString::fromUtf8(reply.body)).hasMatch(),
                     reply.body.constData());
        }
    }

    void thirdPartyRecordsNameTheirSource()
    {
        const Reply reply = m_server.get(QStringLiteral("/api/v1/third-party-records?limit=500"),
                                         m_ayu.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        QCOMPARE(reply.json().value(QStringLiteral("total")).toInt(), items.size());
        for (const QJsonValue &item : items) {
            QVERIFY(
                !item.toObject().value(QStringLiteral("source")).toString().trimmed().isEmpty());
            QVERIFY(!item.toObject().value(QStringLiteral("field")).toString().isEmpty());
        }
        // q matches field, value or source, case-insensitively.
        const QString source = items.first().toObject().value(QStringLiteral("source")).toString();
        const QString needle = source.section(QLatin1Char(' '), 0, 0).toLower();
        int expected = 0;
        for (const QJsonValue &item : items) {
            const QJsonObject record = item.toObject();
            const QString text =
                record.value(QStringLiteral("field")).toString() + QLatin1Char('\n') +
                record.value(QStringLiteral("value")).toString() + QLatin1Char('\n') +
                record.value(QStringLiteral("source")).toString();
            expected += text.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        }
        const Reply filtered =
            m_server.get(QStringLiteral("/api/v1/third-party-records?q=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(needle)),
                         m_ayu.accessToken);
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.json().value(QStringLiteral("total")).toInt(), expected);
        QVERIFY(expected > 0 && expected < items.size());
    }

    void accountsSeeOnlyTheirOwnRows()
    {
        // What the database holds per account, against what the API shows.
        for (const char *table : {"visits", "messages", "logs", "third_party_records"}) {
            const QString path =
                QStringLiteral("/api/v1/") +
                QString::fromLatin1(table).replace(QLatin1Char('_'), QLatin1Char('-')) +
                QStringLiteral("?limit=1");
            for (int i = 0; i < 2; ++i) {
                bool ok = false;
                const QList<QVariantList> rows = m_server.runSql(
                    QStringLiteral(
                        "SELECT COUNT(*) FROM %1 t JOIN accounts a ON a.id = t.account_id"
                        " WHERE a.email = ?")
                        .arg(QLatin1String(table)),
                    {m_server.accounts().at(i).email}, &ok);
                QVERIFY2(ok, qPrintable(m_server.lastError()));
                const Reply reply = m_server.get(path, (i == 0 ? m_ayu : m_james).accessToken);
                QCOMPARE(reply.status, 200);
                QCOMPARE(reply.json().value(QStringLiteral("total")).toInteger(),
                         rows.first().first().toLongLong());
            }
        }
        const auto ids = [this](const QString &path, const Tokens &tokens) {
            QSet<QString> set;
            const QJsonObject body = m_server.get(path, tokens.accessToken).json();
            for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
                set.insert(item.toObject().value(QStringLiteral("id")).toString());
            return set;
        };
        const QSet<QString> ayuVisits = ids(QStringLiteral("/api/v1/visits?limit=500"), m_ayu);
        const QSet<QString> jamesVisits = ids(QStringLiteral("/api/v1/visits?limit=500"), m_james);
        QVERIFY(!ayuVisits.isEmpty() && !jamesVisits.isEmpty());
        QVERIFY(!ayuVisits.intersects(jamesVisits));
    }

    // A visit's duration is written as stored, however large: it was read as
    // a 32-bit number, and 2^32 + 5 seconds went out as 5.
    void visitDurationsKeepTheirFullRange()
    {
        // PostgreSQL's INTEGER is 32-bit: its largest value is the test there.
        const bool postgres = m_server.databaseLocation().startsWith(u"postgresql:");
        const qint64 duration = postgres ? 2147483647LL : 4294967301LL;
        bool ok = false;
        const QList<QVariantList> rows = m_server.runSql(
            QStringLiteral("SELECT v.id, v.duration_seconds FROM visits v JOIN accounts a"
                           " ON a.id = v.account_id WHERE a.email = ? ORDER BY v.started_at DESC"
                           " LIMIT 1"),
            {m_server.accounts().at(1).email}, &ok);
        QVERIFY2(ok && !rows.isEmpty(), qPrintable(m_server.lastError()));
        const QString id = rows.first().at(0).toString();
        const qint64 was = rows.first().at(1).toLongLong();
        const auto setDuration = [this, &id](qint64 value) {
            bool done = false;
            m_server.runSql(QStringLiteral("UPDATE visits SET duration_seconds = ? WHERE id = ?"),
                            {value, id}, &done);
            return done;
        };
        QVERIFY2(setDuration(duration), qPrintable(m_server.lastError()));
        const Reply reply =
            m_server.get(QStringLiteral("/api/v1/visits?limit=1"), m_james.accessToken);
        QVERIFY2(setDuration(was), qPrintable(m_server.lastError()));
        QCOMPARE(reply.status, 200);
        const QJsonObject visit =
            reply.json().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(visit.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(visit.value(QStringLiteral("duration_seconds")).toInteger(), duration);
        const QByteArray written = "\"duration_seconds\":" + QByteArray::number(duration);
        QVERIFY(reply.body.contains(written));
    }

    void anotherAccountsIdsAreNotFound()
    {
        const QJsonArray cookies =
            m_server.get(QStringLiteral("/api/v1/cookies"), m_ayu.accessToken)
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QVERIFY(!cookies.isEmpty());
        for (const QJsonValue &value : cookies) {
            const QJsonObject cookie = value.toObject();
            const QString id = cookie.value(QStringLiteral("id")).toString();
            const Reply reply =
                m_server.request("PUT", QStringLiteral("/api/v1/cookies/%1/consent").arg(id),
                                 compactJson({{QStringLiteral("granted"),
                                               !cookie.value(QStringLiteral("consent")).toBool()}}),
                                 {{"Content-Type", "application/json"}}, m_james.accessToken);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.problemSlug(), QStringLiteral("not-found"));
        }
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/cookies"), m_ayu.accessToken)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray(),
                 cookies);

        const QJsonArray authorizations =
            m_server.get(QStringLiteral("/api/v1/google-authorizations"), m_ayu.accessToken)
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        QVERIFY(!authorizations.isEmpty());
        const QSet<QString> jamesCookieIds = [&] {
            QSet<QString> set;
            for (const QJsonValue &value :
                 m_server.get(QStringLiteral("/api/v1/cookies"), m_james.accessToken)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray())
                set.insert(value.toObject().value(QStringLiteral("id")).toString());
            return set;
        }();
        for (const QJsonValue &value : cookies)
            QVERIFY(
                !jamesCookieIds.contains(value.toObject().value(QStringLiteral("id")).toString()));
        for (const QJsonValue &value : authorizations) {
            const QString id = value.toObject().value(QStringLiteral("id")).toString();
            const Reply reply =
                m_server.request("DELETE", QStringLiteral("/api/v1/google-authorizations/") + id,
                                 {}, {}, m_james.accessToken);
            QCOMPARE(reply.status, 404);
        }
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/google-authorizations"), m_ayu.accessToken)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 authorizations.size());
    }

private:
    TestServer m_server;
    Tokens m_ayu;
    Tokens m_james;
};

QTEST_GUILESS_MAIN(TstServerData)
#include "tst_server_data.moc"
