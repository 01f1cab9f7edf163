#include "ExportFlow.h"

#include "api/ApiJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace pd::test {

namespace {
constexpr int kWaitMs = 60000;
} // namespace

ExportFlow::ExportFlow(TestServer &server)
    : m_server(server)
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.caBundlePath = server.caCertificatePath();
    m_client = std::make_unique<ApiClient>(profile);
    m_auth = std::make_unique<AuthService>(m_client.get(), &m_store);
}

ExportFlow::~ExportFlow() = default;

bool ExportFlow::signIn(const DemoAccount &account, QString *error)
{
    QSignalSpy signedIn(m_auth.get(), &AuthService::signedIn);
    QSignalSpy challenged(m_auth.get(), &AuthService::twoFactorRequired);
    QSignalSpy failed(m_auth.get(), &AuthService::signInFailed);
    m_auth->signInWithPassword(account.email, account.password, QStringLiteral("tst_export"));
    const auto settled = [&] {
        return !signedIn.isEmpty() || !challenged.isEmpty() || !failed.isEmpty();
    };
    if (!QTest::qWaitFor(settled, kWaitMs)) {
        *error = QStringLiteral("sign-in timed out");
        return false;
    }
    for (int step = 0; !challenged.isEmpty() && signedIn.isEmpty() && step < 2; ++step) {
        // This 30 s step's code may be used already: the next one is in the window.
        failed.clear();
        m_auth->submitTotp(TestServer::totpCode(account.totpSecret, step));
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, kWaitMs)) {
            *error = QStringLiteral("TOTP timed out");
            return false;
        }
    }
    if (signedIn.isEmpty())
        *error = failed.isEmpty()
                     ? QStringLiteral("not signed in")
                     : failed.constFirst().constFirst().value<ApiError>().developerDetail();
    return !signedIn.isEmpty();
}

ApiResult ExportFlow::call(const ApiRequest &request)
{
    QSignalSpy finished(m_client->send(request), &ApiJob::finished);
    if (!finished.wait(kWaitMs))
        return {};
    return finished.constFirst().constFirst().value<ApiResult>();
}

std::optional<ExportResult> ExportFlow::requestExport(const QStringList &categories,
                                                      const QString &format,
                                                      const QByteArray &idempotencyKey,
                                                      QString *error)
{
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("export")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                     {QStringLiteral("format"), format}}}};
    const ApiResult created =
        call(ApiRequest::post(QStringLiteral("/requests"), QJsonDocument(body))
                 .withIdempotencyKey(idempotencyKey));
    if (created.httpStatus != 201) {
        *error = QStringLiteral("POST /requests answered %1").arg(created.httpStatus);
        return std::nullopt;
    }
    const QString id = created.json.object().value(QLatin1String("id")).toString();
    QJsonObject request;
    const auto completed = [&] {
        request = call(ApiRequest::get(QStringLiteral("/requests/") + id)).json.object();
        const QString status = request.value(QLatin1String("status")).toString();
        return status == QLatin1String("completed") || status == QLatin1String("rejected");
    };
    if (!QTest::qWaitFor(completed, 5 * kWaitMs)) {
        *error = QStringLiteral("the export did not complete");
        return std::nullopt;
    }
    return ExportResult::fromRequest(request, error);
}

qint64 ExportFlow::total(const QString &resource)
{
    const ApiResult page = call(ApiRequest::get(QLatin1Char('/') + resource)
                                    .withQuery(QStringLiteral("limit"), QStringLiteral("1")));
    return page.ok() ? page.json.object().value(QLatin1String("total")).toInteger(-1) : -1;
}

} // namespace pd::test
