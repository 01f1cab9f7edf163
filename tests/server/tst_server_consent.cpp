// Consents and policy over the real server: cookie consent, Google
// authorizations, policy acknowledgement, marketing preferences, and the
// deployment facts (data locations, sharing) quoted from the policy.
#include "TestServer.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace pd::test;

class TstServerConsent : public QObject
{
    Q_OBJECT

private:
    Reply put(const QString &path, const QJsonObject &body)
    {
        return m_server.request("PUT", path, compactJson(body),
                                {{"Content-Type", "application/json"}}, m_james.accessToken);
    }
    QJsonObject get(const QString &path, const Tokens &tokens)
    {
        const Reply reply = m_server.get(path, tokens.accessToken);
        if (reply.status != 200)
            qWarning("GET %s answered %d", qPrintable(path), reply.status);
        return reply.json();
    }
    QString policyText()
    {
        return get(QStringLiteral("/api/v1/policy"), m_james)
            .value(QStringLiteral("text"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.startSignedIn(&m_ayu, &m_james), qPrintable(m_server.lastError()));
    }

    void cookieConsentToggles()
    {
        const QJsonArray cookies = get(QStringLiteral("/api/v1/cookies"), m_james)
                                       .value(QStringLiteral("items"))
                                       .toArray();
        QJsonObject optional;
        for (const QJsonValue &value : cookies) {
            if (!value.toObject().value(QStringLiteral("required")).toBool()) {
                optional = value.toObject();
                break;
            }
        }
        QVERIFY(!optional.isEmpty());
        const QString id = optional.value(QStringLiteral("id")).toString();
        const bool was = optional.value(QStringLiteral("consent")).toBool();
        const QString path = QStringLiteral("/api/v1/cookies/%1/consent").arg(id);
        for (const bool granted : {!was, was}) {
            const Reply reply = put(path, {{QStringLiteral("granted"), granted}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(QStringLiteral("id")).toString(), id);
            QCOMPARE(reply.json().value(QStringLiteral("consent")).toBool(), granted);
            bool found = false;
            for (const QJsonValue &value : get(QStringLiteral("/api/v1/cookies"), m_james)
                                               .value(QStringLiteral("items"))
                                               .toArray()) {
                if (value.toObject().value(QStringLiteral("id")).toString() == id) {
                    QCOMPARE(value.toObject().value(QStringLiteral("consent")).toBool(), granted);
                    found = true;
                }
            }
            QVERIFY(found);
        }
        const QJsonArray logs =
            get(QStringLiteral("/api/v1/logs?q=cookie.consent.changed&limit=2"), m_james)
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(logs.size(), 2);
    }

    void requiredCookieCannotBeRefused()
    {
        QJsonObject required;
        for (const QJsonValue &value : get(QStringLiteral("/api/v1/cookies"), m_james)
                                           .value(QStringLiteral("items"))
                                           .toArray()) {
            if (value.toObject().value(QStringLiteral("required")).toBool())
                required = value.toObject();
        }
        QVERIFY(!required.isEmpty());
        QVERIFY(required.value(QStringLiteral("consent")).toBool());
        const QString path = QStringLiteral("/api/v1/cookies/%1/consent")
                                 .arg(required.value(QStringLiteral("id")).toString());
        Reply reply = put(path, {{QStringLiteral("granted"), false}});
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.problemSlug(), QStringLiteral("conflict"));
        reply = put(path, {{QStringLiteral("granted"), true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("consent")).toBool(), true);
    }

    void cookieConsentValidation()
    {
        const QString id = firstItemId(get(QStringLiteral("/api/v1/cookies"), m_james));
        const QString path = QStringLiteral("/api/v1/cookies/%1/consent").arg(id);
        Reply reply = put(path, {{QStringLiteral("granted"), QStringLiteral("yes")}});
        QCOMPARE(reply.status, 422);
        reply = put(path, {{QStringLiteral("granted"), true}, {QStringLiteral("until"), 5}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorFields().value(0), QStringLiteral("until"));
        reply = put(QStringLiteral("/api/v1/cookies/no-such-cookie/consent"),
                    {{QStringLiteral("granted"), true}});
        QCOMPARE(reply.status, 404);
    }

    void revokedGoogleAuthorizationDisappears()
    {
        const QJsonObject list = get(QStringLiteral("/api/v1/google-authorizations"), m_james);
        const QJsonArray items = list.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() >= 2);
        for (const QJsonValue &item : items)
            QVERIFY(!item.toObject().value(QStringLiteral("scopes")).toArray().isEmpty());
        const QString statement = list.value(QStringLiteral("limited_use_statement")).toString();
        QVERIFY(statement.contains(QLatin1String("Limited Use")));
        QVERIFY(policyText().simplified().contains(statement.section(QLatin1String(". "), 0, 0)));

        const QString id = items.first().toObject().value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/api/v1/google-authorizations/") + id;
        Reply reply = m_server.request("DELETE", path, {}, {}, m_james.accessToken);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        const QJsonArray after = get(QStringLiteral("/api/v1/google-authorizations"), m_james)
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(after.size(), items.size() - 1);
        for (const QJsonValue &item : after)
            QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != id);
        reply = m_server.request("DELETE", path, {}, {}, m_james.accessToken);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.problemSlug(), QStringLiteral("not-found"));
    }

    void policyAcknowledgement()
    {
        const QJsonObject policy = get(QStringLiteral("/api/v1/policy"), m_james);
        const QString version = policy.value(QStringLiteral("version")).toString();
        QVERIFY(!version.isEmpty());
        QVERIFY(
            QDate::fromString(policy.value(QStringLiteral("last_updated")).toString(), Qt::ISODate)
                .isValid());
        QVERIFY(policy.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("PERSONAL DATA")));
        QCOMPARE(policy.value(QStringLiteral("acknowledged")).toBool(), false);
        QVERIFY(policy.value(QStringLiteral("acknowledged_version")).isNull());
        QVERIFY(policy.value(QStringLiteral("acknowledged_at")).isNull());

        // The other demo account acknowledged an earlier version only.
        const QJsonObject ayus = get(QStringLiteral("/api/v1/policy"), m_ayu);
        QCOMPARE(ayus.value(QStringLiteral("acknowledged")).toBool(), false);
        QVERIFY(ayus.value(QStringLiteral("acknowledged_version")).isString());
        const QString stale = ayus.value(QStringLiteral("acknowledged_version")).toString();
        QVERIFY(stale != version);

        const QString path = QStringLiteral("/api/v1/policy/acknowledge");
        Reply reply =
            m_server.postJson(path, {{QStringLiteral("version"), stale}}, m_james.accessToken);
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.problemSlug(), QStringLiteral("conflict"));
        QCOMPARE(get(QStringLiteral("/api/v1/policy"), m_james)
                     .value(QStringLiteral("acknowledged"))
                     .toBool(),
                 false);
        reply = m_server.postJson(path, QJsonObject{}, m_james.accessToken);
        QCOMPARE(reply.status, 422);

        reply =
            m_server.postJson(path, {{QStringLiteral("version"), version}}, m_james.accessToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject acknowledged = reply.json();
        QCOMPARE(acknowledged.value(QStringLiteral("acknowledged")).toBool(), true);
        QCOMPARE(acknowledged.value(QStringLiteral("acknowledged_version")).toString(), version);
        QVERIFY(acknowledged.value(QStringLiteral("acknowledged_at")).isString());
        reply =
            m_server.postJson(path, {{QStringLiteral("version"), version}}, m_james.accessToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("acknowledged_at")),
                 acknowledged.value(QStringLiteral("acknowledged_at")));
        QCOMPARE(get(QStringLiteral("/api/v1/policy"), m_james), acknowledged);
        QCOMPARE(get(QStringLiteral("/api/v1/policy"), m_ayu)
                     .value(QStringLiteral("acknowledged"))
                     .toBool(),
                 false);
    }

    void marketingPreferencesRoundTrip()
    {
        const QString path = QStringLiteral("/api/v1/marketing-preferences");
        const QJsonObject before = get(path, m_james);
        const QJsonObject ayuBefore = get(path, m_ayu);
        QVERIFY(before.value(QStringLiteral("administrative_messages_note"))
                    .toString()
                    .contains(QLatin1String("administrative messages")));
        const QJsonObject channels = before.value(QStringLiteral("channels")).toObject();
        QCOMPARE(channels.size(), 4);
        QJsonObject flipped;
        for (auto it = channels.begin(); it != channels.end(); ++it)
            flipped.insert(it.key(), !it.value().toBool());
        Reply reply = put(path, {{QStringLiteral("channels"), flipped}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("channels")).toObject(), flipped);
        QVERIFY(reply.json().value(QStringLiteral("updated_at")).isString());
        QCOMPARE(get(path, m_james), reply.json());
        QCOMPARE(get(path, m_ayu), ayuBefore);

        QJsonObject incomplete = flipped;
        incomplete.remove(QStringLiteral("push"));
        reply = put(path, {{QStringLiteral("channels"), incomplete}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorFields().value(0), QStringLiteral("channels.push"));
        QJsonObject wrongType = flipped;
        wrongType.insert(QStringLiteral("email"), QStringLiteral("no"));
        reply = put(path, {{QStringLiteral("channels"), wrongType}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(get(path, m_james).value(QStringLiteral("channels")).toObject(), flipped);
    }

    void dataLocationsFollowThePolicy()
    {
        const QJsonObject body = get(QStringLiteral("/api/v1/data-locations"), m_james);
        const QJsonArray regions = body.value(QStringLiteral("regions")).toArray();
        QSet<QString> regionIds;
        int primaries = 0;
        for (const QJsonValue &value : regions) {
            const QJsonObject region = value.toObject();
            regionIds.insert(region.value(QStringLiteral("id")).toString());
            if (region.value(QStringLiteral("primary")).toBool()) {
                ++primaries;
                QCOMPARE(region.value(QStringLiteral("country")).toString(), QStringLiteral("ID"));
            }
        }
        QCOMPARE(primaries, 1);
        const QJsonArray processors = body.value(QStringLiteral("processors")).toArray();
        QVERIFY(!processors.isEmpty());
        for (const QJsonValue &value : processors) {
            for (const QJsonValue &region :
                 value.toObject().value(QStringLiteral("regions")).toArray())
                QVERIFY2(regionIds.contains(region.toString()), qPrintable(region.toString()));
        }
        QCOMPARE(body.value(QStringLiteral("on_premise")).toBool(), false);
        const QString note = body.value(QStringLiteral("note")).toString();
        QVERIFY(note.contains(QLatin1String("Indonesia")));
        QVERIFY(note.contains(QLatin1String("on-premise")));
    }

    // Who else has the data (issue 15): every processor and recipient says
    // which data categories it receives, what for, where and since when.
    void processorsAndRecipientsSayWhatWhereAndSince()
    {
        const QJsonArray processors = get(QStringLiteral("/api/v1/data-locations"), m_james)
                                          .value(QStringLiteral("processors"))
                                          .toArray();
        const QJsonArray recipients = get(QStringLiteral("/api/v1/sharing"), m_james)
                                          .value(QStringLiteral("recipients"))
                                          .toArray();
        QVERIFY(!processors.isEmpty());
        QVERIFY(!recipients.isEmpty());
        QSet<QString> categories;
        int dated = 0;
        int undated = 0;
        QJsonArray rows = processors;
        for (const QJsonValue &value : recipients)
            rows.append(value);
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString name = row.value(QStringLiteral("name")).toString();
            const QJsonArray rowCategories = row.value(QStringLiteral("data_categories")).toArray();
            QVERIFY2(!rowCategories.isEmpty(), qPrintable(name));
            for (const QJsonValue &category : rowCategories)
                categories.insert(category.toString());
            QVERIFY2(!row.value(QStringLiteral("purpose")).toString().isEmpty(), qPrintable(name));
            const QJsonValue since = row.value(QStringLiteral("since"));
            QVERIFY2(since.isNull() || since.isString(), qPrintable(name));
            if (since.isString()) {
                const QDate day = QDate::fromString(since.toString(), Qt::ISODate);
                QVERIFY2(day.isValid() && day <= QDate::currentDate(), qPrintable(name));
                ++dated;
            } else {
                ++undated;
            }
        }
        for (const QJsonValue &value : recipients) {
            const QJsonValue countries = value.toObject().value(QStringLiteral("countries"));
            QVERIFY(countries.isArray());
            for (const QJsonValue &country : countries.toArray())
                QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{2}$"))
                            .match(country.toString())
                            .hasMatch());
        }
        // The policy's hosting partners and the categories it names.
        bool aws = false;
        for (const QJsonValue &value : processors) {
            const QJsonObject processor = value.toObject();
            if (processor.value(QStringLiteral("name")).toString().contains(QLatin1String("AWS")))
                aws = processor.value(QStringLiteral("data_categories"))
                          .toArray()
                          .contains(QStringLiteral("personal data"));
        }
        QVERIFY(aws);
        QVERIFY(categories.contains(QStringLiteral("billing information")));
        QVERIFY(categories.size() >= 4);
        // Recipients who only receive data in their situation (the law, a
        // business transfer) have no date.
        QVERIFY(dated > 0);
        QVERIFY(undated > 0);
    }

    // An objection filed from one of those rows reaches the server with
    // the row it is about, and is echoed back.
    void objectionNamesItsTarget()
    {
        const QJsonObject target{
            {QStringLiteral("name"), QStringLiteral("Payment gateway")},
            {QStringLiteral("kind"), QStringLiteral("processor")},
            {QStringLiteral("data_category"), QStringLiteral("billing information")},
            {QStringLiteral("purpose"), QStringLiteral("Charging the card.")}};
        const Reply reply = m_server.submitRequest(
            m_james.accessToken, "objection-target",
            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("payload"),
                         QJsonObject{{QStringLiteral("processing"),
                                      QJsonArray{QStringLiteral("Payment gateway")}},
                                     {QStringLiteral("reason"), QStringLiteral("Not needed.")},
                                     {QStringLiteral("target"), target}}}});
        QCOMPARE(reply.status, 201);
        const QString id = reply.json().value(QStringLiteral("id")).toString();
        const QJsonObject stored = get(QStringLiteral("/api/v1/requests/") + id, m_james);
        QCOMPARE(stored.value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("target"))
                     .toObject(),
                 target);
    }

    void sharingQuotesThePolicy()
    {
        const QJsonObject body = get(QStringLiteral("/api/v1/sharing"), m_james);
        const QJsonArray recipients = body.value(QStringLiteral("recipients")).toArray();
        QVERIFY(recipients.size() >= 3);
        for (const QJsonValue &value : recipients)
            QVERIFY(!value.toObject().value(QStringLiteral("data_categories")).toArray().isEmpty());
        const QString statement = body.value(QStringLiteral("statement")).toString();
        QCOMPARE(
            statement,
            QStringLiteral("Other than the above scenarios, we strictly do not share, rent, "
                           "sell, utilise or disclose your Personal and Service Data to anyone."));
        QVERIFY(policyText().simplified().contains(statement));
    }

private:
    TestServer m_server;
    Tokens m_ayu;
    Tokens m_james;
};

QTEST_GUILESS_MAIN(TstServerConsent)
#include "tst_server_consent.moc"
