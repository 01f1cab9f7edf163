#include "ApiClientTestBase.h"
#include "TempStores.h"

#include "account/Account.h"
#include "account/ConnectedApps.h"
#include "account/Cookies.h"
#include "account/DataLocations.h"
#include "account/MarketingPreferences.h"
#include "account/PersonalData.h"
#include "account/Policy.h"
#include "account/SecuritySettings.h"
#include "account/ServerAction.h"
#include "account/Sessions.h"
#include "account/Usage.h"
#include "cache/CachedDocument.h"
#include "cache/DocumentCache.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace pd;
using namespace pd::test;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject bodyOf(const FakeRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

// The account's resources: what each reads from its document, and which
// request each action sends (the paths live only there).
class TestAccountResources : public ApiClientTestBase
{
    Q_OBJECT

    TempStores m_stores;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DocumentCache> m_cache;
    std::unique_ptr<Account> m_account;

    // Loads `document` and waits for its copy.
    static bool loaded(CachedDocument *document)
    {
        QSignalSpy changed(document, &CachedDocument::changed);
        document->load();
        return changed.wait(5000) && document->hasCopy();
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        makeClient(profileFor(QStringLiteral("https://api.test")), 1);
        QString error;
        m_store = m_stores.open(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_cache = std::make_unique<DocumentCache>(m_store.get());
        m_cache->setApiClient(client);
        m_account = std::make_unique<Account>(m_cache.get());
    }

    void cleanup()
    {
        m_account.reset();
        m_cache.reset();
        m_store.reset();
        tearDown();
    }

    void sessionsAreReadAndRevoked()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                200,
                "{\"items\":["
                "{\"id\":\"s1\",\"current\":true,\"device_name\":\"Laptop\",\"user_agent\":"
                "\"Firefox\","
                "\"ip_address\":\"192.0.2.1\",\"last_seen_at\":\"2026-11-25T08:00:00Z\","
                "\"created_at\":\"2026-11-01T08:00:00Z\",\"sign_in_method\":\"oidc\","
                "\"location\":{\"city\":\"Jakarta\",\"country\":\"ID\"}},"
                "{\"id\":\"s/2\",\"current\":false,\"device_name\":null,\"user_agent\":\"curl\","
                "\"ip_address\":\"192.0.2.2\",\"last_seen_at\":\"2026-11-25T08:00:00Z\","
                "\"created_at\":\"2026-11-02T08:00:00Z\",\"location\":null}]}");
        });
        Sessions *sessions = m_account->sessions();
        QVERIFY(loaded(sessions->document()));
        QCOMPARE(network->requests().constLast().url.path(),
                 QStringLiteral("/api/v1/auth/sessions"));
        const std::optional<QList<Session>> list = sessions->list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).deviceName, QStringLiteral("Laptop"));
        QVERIFY(list->at(0).current);
        QCOMPARE(list->at(0).signInMethod, std::optional<QString>(QStringLiteral("oidc")));
        QVERIFY(list->at(0).place);
        QCOMPARE(list->at(0).place->city, QStringLiteral("Jakarta"));
        QCOMPARE(list->at(0).place->country, QStringLiteral("ID"));
        QVERIFY(list->at(1).deviceName.isEmpty());
        QVERIFY(!list->at(1).place);
        QVERIFY(!list->at(1).signInMethod);

        // Ids are escaped into the path.
        auto sent = [this](ServerAction *action) {
            QSignalSpy finished(action, &ServerAction::finished);
            return finished.wait(5000) ? network->requests().constLast() : FakeRequest();
        };
        const FakeRequest revoke = sent(sessions->revoke(QStringLiteral("s/2")));
        QCOMPARE(revoke.method, QByteArray("DELETE"));
        QCOMPARE(revoke.url.path(QUrl::FullyEncoded),
                 QStringLiteral("/api/v1/auth/sessions/s%2F2"));
        const FakeRequest all = sent(sessions->revokeAll(false));
        QCOMPARE(all.url.path(), QStringLiteral("/api/v1/auth/sessions/revoke-all"));
        QCOMPARE(bodyOf(all).value(QLatin1String("include_current")), QJsonValue(false));
        QCOMPARE(bodyOf(sent(sessions->revokeAll(true))).value(QLatin1String("include_current")),
                 QJsonValue(true));
    }

    void unreadableSessionsAreNotGuessed()
    {
        QVERIFY(!Sessions::parse(object("{\"items\":[{\"id\":\"s1\"}]}")));
        QVERIFY(!Sessions::parse(object("{\"items\":\"none\"}")));
        QVERIFY(Sessions::parse(object("{\"items\":[]}")));
    }

    void cookieConsentIsSavedIntoTheCachedList()
    {
        network->setHandler([](const FakeRequest &request) {
            if (request.method == "PUT")
                return FakeResponse::json(
                    200, "{\"id\":\"c1\",\"name\":\"Stats\",\"category\":\"analytics\","
                         "\"required\":false,\"consent\":false}");
            return FakeResponse::json(
                200, "{\"items\":["
                     "{\"id\":\"c1\",\"name\":\"Stats\",\"category\":\"analytics\","
                     "\"required\":false,\"consent\":true},"
                     "{\"id\":\"c2\",\"name\":\"Session\",\"category\":"
                     "\"strictly_necessary\",\"required\":true,"
                     "\"consent\":true,\"identifier\":\"abc\",\"expires_at\":"
                     "\"2027-01-01T00:00:00Z\"}]}");
        });
        Cookies *cookies = m_account->cookies();
        QVERIFY(loaded(cookies->document()));
        QCOMPARE(cookies->list()->size(), 2);
        QVERIFY(cookies->list()->at(1).required);
        QCOMPARE(cookies->list()->at(1).identifier, QStringLiteral("abc"));

        ServerAction *job = cookies->setConsent(QStringLiteral("c1"), false);
        QVERIFY(job);
        QSignalSpy finished(job, &ServerAction::finished);
        QVERIFY(finished.wait(5000));
        const FakeRequest put = network->requests().constLast();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.url.path(QUrl::FullyEncoded), QStringLiteral("/api/v1/cookies/c1/consent"));
        QCOMPARE(bodyOf(put).value(QLatin1String("granted")), QJsonValue(false));
        // The answer replaced the cookie in the cached copy.
        QVERIFY(!cookies->list()->at(0).consent);
        const QJsonArray cached =
            m_cache->cached(QStringLiteral("cookies"))->json.object().value(u"items").toArray();
        QCOMPARE(cached.at(0).toObject().value(u"consent"), QJsonValue(false));
        QVERIFY(!Cookies::parse(object("{\"cookies\":[]}")));
    }

    void connectedAppsAreRevokedAndRefreshed()
    {
        int gets = 0;
        network->setHandler([&gets](const FakeRequest &request) {
            if (request.method == "DELETE")
                return FakeResponse::json(204, QByteArray());
            ++gets;
            return FakeResponse::json(
                200, "{\"items\":[{\"id\":\"g1\",\"client_name\":\"Cal\","
                     "\"scopes\":[\"calendar\",\"mail\"],\"granted_at\":\"2026-01-01T00:00:00Z\","
                     "\"last_used_at\":null}],\"limited_use_statement\":\"Limited.\"}");
        });
        ConnectedApps *apps = m_account->connectedApps();
        QVERIFY(loaded(apps->document()));
        const std::optional<ConnectedAppList> list = apps->list();
        QVERIFY(list);
        QCOMPARE(list->apps.size(), 1);
        QCOMPARE(list->apps.at(0).scopes,
                 QStringList({QStringLiteral("calendar"), QStringLiteral("mail")}));
        QVERIFY(!list->apps.at(0).lastUsedAt);
        QCOMPARE(list->limitedUseStatement, QStringLiteral("Limited."));

        QSignalSpy refreshed(apps->document(), &CachedDocument::changed);
        QVERIFY(apps->revoke(QStringLiteral("g1")));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(gets, 2);
        const QList<FakeRequest> requests = network->requests();
        QCOMPARE(requests.at(requests.size() - 2).method, QByteArray("DELETE"));
        QCOMPARE(requests.at(requests.size() - 2).url.path(),
                 QStringLiteral("/api/v1/google-authorizations/g1"));
    }

    void policyAcknowledgementStoresTheAnswerOrRefreshesOnConflict()
    {
        bool conflict = false;
        network->setHandler([&conflict](const FakeRequest &request) {
            if (request.method == "POST" && conflict)
                return FakeResponse::problem(409, QStringLiteral("conflict"));
            if (request.method == "POST")
                return FakeResponse::json(
                    200, "{\"version\":\"2\",\"last_updated\":\"2026-11-01\","
                         "\"text\":\"T\",\"acknowledged\":true,\"acknowledged_version\":\"2\","
                         "\"acknowledged_at\":\"2026-11-25T08:00:00Z\"}");
            return FakeResponse::json(
                200, "{\"version\":\"2\",\"last_updated\":\"2026-11-01\","
                     "\"text\":\"T\",\"acknowledged\":false,\"acknowledged_version\":\"1\"}");
        });
        Policy *policy = m_account->policy();
        QVERIFY(loaded(policy->document()));
        QVERIFY(!policy->current()->acknowledged);
        QCOMPARE(policy->current()->acknowledgedVersion, std::optional<QString>(u"1"_qs));

        QSignalSpy changed(policy->document(), &CachedDocument::changed);
        ServerAction *job = policy->acknowledge(QStringLiteral("2"));
        QVERIFY(job);
        QVERIFY(changed.wait(5000));
        QCOMPARE(network->requests().constLast().url.path(),
                 QStringLiteral("/api/v1/policy/acknowledge"));
        QCOMPARE(bodyOf(network->requests().constLast()).value(u"version"), QJsonValue(u"2"_qs));
        QVERIFY(policy->current()->acknowledged);

        conflict = true;
        const qsizetype before = network->requests().size();
        job = policy->acknowledge(QStringLiteral("2"));
        QSignalSpy finished(job, &ServerAction::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(
            Policy::isNewerVersion(*finished.constFirst().constFirst().value<ApiResult>().error));
        // A newer version was published: the copy is fetched again.
        QTRY_COMPARE(network->requests().size(), before + 2);
        QCOMPARE(network->requests().constLast().method, QByteArray("GET"));
    }

    void securityAndDataLocationsAreRead()
    {
        const std::optional<SecurityState> security = SecuritySettings::parse(object(
            "{\"two_factor_enabled\":true,\"password_changed_at\":null,\"active_sessions\":3}"));
        QVERIFY(security);
        QVERIFY(security->twoFactorEnabled);
        QVERIFY(!security->passwordChangedAt);
        QCOMPARE(security->activeSessions, 3);
        QVERIFY(!SecuritySettings::parse(object("{\"two_factor_enabled\":\"yes\"}")));

        const std::optional<DataLocationsState> data = DataLocations::parse(
            object("{\"regions\":[{\"id\":\"eu\",\"name\":\"Frankfurt\",\"country\":\"DE\","
                   "\"provider\":\"AWS\","
                   "\"primary\":true}],\"processors\":[{\"name\":\"GCP\",\"purpose\":\"Backups\","
                   "\"regions\":[\"eu\",\"us\"]}],\"on_premise\":false,\"note\":null}"),
            object("{\"recipients\":[{\"name\":\"Bank\",\"category\":\"processor\",\"situation\":"
                   "\"Billing\","
                   "\"data_categories\":[\"name\",\"iban\"]}],\"statement\":\"We do not sell.\"}"));
        QVERIFY(data);
        QCOMPARE(data->regions.size(), 1);
        QVERIFY(data->regions.at(0).primary);
        QCOMPARE(data->regionName(QStringLiteral("eu")), QStringLiteral("Frankfurt"));
        QCOMPARE(data->regionName(QStringLiteral("us")), QStringLiteral("us"));
        QCOMPARE(data->processors.at(0).regionIds.size(), 2);
        QVERIFY(!data->note);
        QCOMPARE(data->recipients.at(0).dataCategories.size(), 2);
        QCOMPARE(data->sharingStatement, QStringLiteral("We do not sell."));
        // Either half unreadable: nothing is shown rather than half.
        QVERIFY(!DataLocations::parse(object("{\"regions\":[]}"),
                                      object("{\"recipients\":[],\"statement\":\"x\"}")));
    }

    // Who else has the data (issue 15): each processor and recipient under
    // every category it receives, with its purpose, places and date; an
    // older server's documents (no categories, purposes nor dates) still read.
    void dataHoldersAreGroupedByCategory()
    {
        const std::optional<DataLocationsState> data = DataLocations::parse(
            object(R"({"regions":[{"id":"sg","name":"Singapore","country":"SG","provider":"AWS",
                   "primary":true}],"processors":[
                   {"name":"Mailer","purpose":"Email","regions":["sg"],
                    "data_categories":["personal data"],"since":"2020-01-15"},
                   {"name":"AWS","purpose":"Hosting","regions":["sg"],
                    "data_categories":["service data","personal data"],"since":null},
                   {"name":"Old","purpose":"Legacy","regions":[],"data_categories":[],
                    "since":null}],
                   "on_premise":false,"note":null})"),
            object(R"({"recipients":[{"name":"Bank","category":"vendor","situation":"When you pay",
                   "data_categories":["Billing information","personal data"],
                   "purpose":"Payments","countries":["ID"],"since":"2021-02-03"}],
                   "statement":"We do not sell."})"));
        QVERIFY(data);
        QCOMPARE(data->processors.at(0).since, QDate(2020, 1, 15));
        QVERIFY(!data->processors.at(1).since.isValid());
        QCOMPARE(data->recipients.at(0).countries, QStringList{QStringLiteral("ID")});
        const QList<DataCategoryHolders> groups = data->byCategory();
        QStringList categories;
        for (const DataCategoryHolders &group : groups)
            categories.append(group.category);
        QCOMPARE(categories, (QStringList{QStringLiteral("Billing information"),
                                          QStringLiteral("personal data"),
                                          QStringLiteral("service data"), QString()}));
        // Processors first, each by name, then recipients.
        const QList<DataHolder> &personal = groups.at(1).holders;
        QCOMPARE(personal.size(), 3);
        QCOMPARE(personal.at(0).name, QStringLiteral("AWS"));
        QCOMPARE(personal.at(1).name, QStringLiteral("Mailer"));
        QCOMPARE(personal.at(1).regionNames, QStringList{QStringLiteral("Singapore")});
        QCOMPARE(personal.at(2).name, QStringLiteral("Bank"));
        QCOMPARE(personal.at(2).kind, ObjectionTarget::Kind::Recipient);
        QCOMPARE(personal.at(2).situation, QStringLiteral("When you pay"));
        QCOMPARE(personal.at(2).since, QDate(2021, 2, 3));
        QCOMPARE(groups.at(3).holders.size(), 1);
        QCOMPARE(groups.at(3).holders.at(0).name, QStringLiteral("Old"));
        // The row's objection target, as the contract's ObjectionTarget.
        QCOMPARE(personal.at(2).objectionTarget(QStringLiteral("personal data")).toJson(),
                 QJsonObject({{u"name"_qs, u"Bank"_qs},
                              {u"kind"_qs, u"recipient"_qs},
                              {u"data_category"_qs, u"personal data"_qs},
                              {u"purpose"_qs, u"Payments"_qs}}));

        // A copy cached from an older server: no categories, purposes, dates.
        const std::optional<DataLocationsState> old = DataLocations::parse(
            object(R"({"regions":[],"processors":[{"name":"GCP","purpose":"Backups",
                   "regions":[]}],"on_premise":false,"note":null})"),
            object(R"({"recipients":[{"name":"Bank","category":"vendor","situation":"Billing",
                   "data_categories":["name"]}],"statement":"x"})"));
        QVERIFY(old);
        QVERIFY(old->processors.at(0).dataCategories.isEmpty());
        QCOMPARE(old->recipients.at(0).purpose, QStringLiteral("Billing"));
        // A date that is not one is an error, not an unknown date.
        QVERIFY(!DataLocations::parse(
            object(R"({"regions":[],"processors":[{"name":"GCP","purpose":"Backups",
                   "regions":[],"data_categories":["x"],"since":"yesterday"}],
                   "on_premise":false,"note":null})"),
            object(R"({"recipients":[],"statement":"x"})")));
    }

    void securityRequestsCarryWhatTheServerChecks()
    {
        const ApiRequest password = SecuritySettings::reauthenticateWithPassword(u"pw"_qs);
        QCOMPARE(password.method, QByteArray("POST"));
        QCOMPARE(password.path, QStringLiteral("/auth/reauthenticate"));
        QCOMPARE(password.body->object(), QJsonObject({{u"password"_qs, u"pw"_qs}}));
        QCOMPARE(SecuritySettings::reauthenticateWithCode(u"123456"_qs).body->object(),
                 QJsonObject({{u"totp_code"_qs, u"123456"_qs}}));
        const ApiRequest change = SecuritySettings::changePassword(u"old"_qs, u"new"_qs);
        QCOMPARE(change.path, QStringLiteral("/auth/password/change"));
        QCOMPARE(change.body->object(), QJsonObject({{u"current_password"_qs, u"old"_qs},
                                                     {u"new_password"_qs, u"new"_qs}}));
        QCOMPARE(SecuritySettings::enrolTwoFactor().path, QStringLiteral("/auth/totp/enrol"));
        QCOMPARE(SecuritySettings::confirmTwoFactor(u"1"_qs).path,
                 QStringLiteral("/auth/totp/confirm"));
        QCOMPARE(SecuritySettings::disableTwoFactor(u"2"_qs).body->object(),
                 QJsonObject({{u"code"_qs, u"2"_qs}}));

        const std::optional<TwoFactorKey> key = SecuritySettings::parseEnrolment(
            QJsonDocument(object("{\"secret\":\"ABCD\",\"otpauth_uri\":\"otpauth://totp/x\"}")));
        QVERIFY(key);
        QCOMPARE(key->secret, QStringLiteral("ABCD"));
        QCOMPARE(key->otpauthUri, QStringLiteral("otpauth://totp/x"));
        QVERIFY(!SecuritySettings::parseEnrolment(QJsonDocument(object("{\"secret\":\"ABCD\"}"))));
    }

    void usageFiguresReadLeniently()
    {
        const UsageFigures figures = Usage::parse(
            object("{\"visits\":12,\"messages\":3,\"media_files\":2,\"media_bytes\":2048,"
                   "\"agents\":1e300,\"daily\":[{\"date\":\"2026-11-24\",\"visits\":5,"
                   "\"messages\":1},{\"date\":\"2026-11-25\",\"visits\":7}]}"));
        QCOMPARE(figures.visits, 12);
        QCOMPARE(figures.mediaBytes, 2048);
        QCOMPARE(figures.agents, 0);      // out of range: not guessed
        QCOMPARE(figures.activeUsers, 0); // left out
        QCOMPARE(figures.daily.size(), 2);
        QCOMPARE(figures.daily.at(0).date, QDate(2026, 11, 24));
        QCOMPARE(figures.daily.at(1).visits, 7);
        QCOMPARE(figures.daily.at(1).messages, 0);
        QCOMPARE(m_account->usage()->document()->key(), QStringLiteral("usage"));
    }

    void profileAndCardsAreRead()
    {
        const std::optional<Profile> profile = PersonalData::parseProfile(
            object("{\"full_name\":\"Ann\",\"email\":\"ann@example.test\",\"email_verified\":true,"
                   "\"phone\":null,\"website\":\"https://ann.test\","
                   "\"updated_at\":\"2026-11-25T08:00:00Z\",\"mailing_address\":{\"line1\":\"Jl. "
                   "Sudirman 1\",\"city\":\"Jakarta\",\"postal_code\":\"10220\","
                   "\"country\":\"ID\"}}"));
        QVERIFY(profile);
        QCOMPARE(profile->fullName, QStringLiteral("Ann"));
        QVERIFY(profile->emailVerified);
        QVERIFY(!profile->phone);
        QVERIFY(profile->mailingAddress);
        QCOMPARE(profile->mailingAddress->postalCode, std::optional<QString>(u"10220"_qs));
        QVERIFY(!profile->mailingAddress->line2);
        // No address on file is not an error; a wrong type is.
        QVERIFY(PersonalData::parseProfile(
            object("{\"full_name\":\"A\",\"email\":\"a@b.test\",\"email_verified\":false,"
                   "\"updated_at\":\"x\",\"mailing_address\":null}")));
        QVERIFY(!PersonalData::parseProfile(object("{\"full_name\":1}")));

        const std::optional<QList<PaymentCard>> cards = PersonalData::parseCards(
            object("{\"cards\":[{\"brand\":\"visa\",\"last4\":\"4242\",\"exp_month\":12,"
                   "\"exp_year\":2030,\"holder_name\":\"ANN\"}]}"));
        QVERIFY(cards);
        QCOMPARE(cards->size(), 1);
        QCOMPARE(cards->at(0).last4, QStringLiteral("4242"));
        QCOMPARE(cards->at(0).expiryMonth, 12);
        // A month out of range is not shown as some other date.
        QVERIFY(!PersonalData::parseCards(
            object("{\"cards\":[{\"brand\":\"visa\",\"last4\":\"4242\",\"exp_month\":13,"
                   "\"exp_year\":2030,\"holder_name\":\"ANN\"}]}")));
        QVERIFY(!PersonalData::parseCards(object("{}")));

        const std::optional<ThirdPartyRecordPage> records = PersonalData::parseRecords(
            object("{\"items\":[{\"received_at\":\"2026-11-25T08:00:00Z\",\"field\":"
                   "\"income\",\"value\":\"high\",\"source\":\"Agency\"}],\"total\":40}"));
        QVERIFY(records);
        QCOMPARE(records->items.size(), 1);
        QCOMPARE(records->items.at(0).source, QStringLiteral("Agency"));
        QCOMPARE(records->total, 40);
        QCOMPARE(PersonalData::parseRecords(object("{\"items\":[]}"))->total, 0);
        QVERIFY(!PersonalData::parseRecords(object("{\"items\":[{\"field\":1}]}")));
    }

    void marketingOptInsAreReadAndUnsubscribePayloadBuilt()
    {
        network->setHandler([](const FakeRequest &) {
            return FakeResponse::json(
                200, "{\"channels\":{\"email\":true,\"sms\":false,\"whatsapp\":true,"
                     "\"push\":false},\"administrative_messages_note\":\"Still sent.\","
                     "\"updated_at\":null}");
        });
        MarketingPreferences *marketing = m_account->marketing();
        QVERIFY(loaded(marketing->document()));
        QCOMPARE(network->requests().constLast().url.path(),
                 QStringLiteral("/api/v1/marketing-preferences"));
        QCOMPARE(marketing->document()->key(), QStringLiteral("marketing-preferences"));
        const std::optional<MarketingOptIns> optIns = marketing->optIns();
        QVERIFY(optIns);
        QCOMPARE(optIns->optedIn, QStringList({u"email"_qs, u"whatsapp"_qs}));

        // A channel left out or not a boolean is not taken as opted in; no
        // channels object at all is unreadable.
        const std::optional<MarketingOptIns> partial =
            MarketingPreferences::parse(object("{\"channels\":{\"push\":true,\"sms\":\"yes\"}}"));
        QVERIFY(partial);
        QCOMPARE(partial->optedIn, QStringList({u"push"_qs}));
        QVERIFY(!MarketingPreferences::parse(object("{\"channels\":[\"email\"]}")));
        QVERIFY(!MarketingPreferences::parse(object("{}")));

        QCOMPARE(MarketingPreferences::channels(),
                 QStringList({u"email"_qs, u"sms"_qs, u"whatsapp"_qs, u"push"_qs}));
        QCOMPARE(MarketingPreferences::unsubscribePayload({u"sms"_qs, u"push"_qs}),
                 object("{\"channels\":[\"sms\",\"push\"]}"));
    }

    void actionRetriedAfterReauthenticationIsOneLogicalRequest()
    {
        int posts = 0;
        network->setHandler([&posts](const FakeRequest &) {
            return ++posts == 1
                       ? FakeResponse::problem(403, QStringLiteral("reauthentication-required"))
                       : FakeResponse::json(204, QByteArray());
        });
        ServerAction *action = m_account->sessions()->revokeAll(false);
        QVERIFY(action);
        action->setAutoDelete(false);
        QSignalSpy started(action, &ServerAction::attemptStarted);
        QSignalSpy finished(action, &ServerAction::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(ServerAction::needsReauthentication(
            finished.constFirst().constFirst().value<ApiResult>()));
        QVERIFY(!action->isRunning());

        action->retry();
        QVERIFY(action->isRunning());
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.constLast().constFirst().value<ApiResult>().ok());
        QCOMPARE(started.size(), 2);
        QCOMPARE(action->attempts(), 2);
        const QList<FakeRequest> requests = network->requests();
        QCOMPARE(requests.size(), 2);
        const QByteArray key = requests.at(0).header("Idempotency-Key");
        QVERIFY(!key.isEmpty());
        QCOMPARE(requests.at(1).header("Idempotency-Key"), key);
        delete action;
    }

    void actionCancelledBeforeItGoesOutSendsNothing()
    {
        network->setHandler(
            [](const FakeRequest &) { return FakeResponse::json(204, QByteArray()); });
        ServerAction *action = m_account->connectedApps()->revoke(QStringLiteral("g1"));
        QVERIFY(action);
        QPointer<ServerAction> watched = action;
        QSignalSpy finished(action, &ServerAction::finished);
        action->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().value<ApiResult>().error->kind(),
                 ApiError::Kind::Cancelled);
        // It deletes itself once finished, and the DELETE never goes out
        // (the list is fetched again, as after any revocation).
        QTRY_VERIFY(watched.isNull());
        for (const FakeRequest &request : network->requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void actionsNeedAServer()
    {
        m_cache->setApiClient(nullptr);
        QVERIFY(!m_account->sessions()->revoke(QStringLiteral("s1")));
        QVERIFY(!m_account->perform(SecuritySettings::enrolTwoFactor()));
        QVERIFY(!m_account->cookies()->setConsent(QStringLiteral("c1"), true));
        QVERIFY(!m_account->connectedApps()->revoke(QStringLiteral("g1")));
        QVERIFY(!m_account->policy()->acknowledge(QStringLiteral("1")));
    }
};

QTEST_MAIN(TestAccountResources)
#include "tst_account_resources.moc"
