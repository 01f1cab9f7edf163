#include "diagnostics/SupportReport.h"

#include "api/ApiClient.h"
#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "diagnostics/Diagnoser.h"
#include "outbox/Outbox.h"
#include "store/LocalStore.h"
#include "store/SyncStateStore.h"
#include "sync/SyncCategory.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>

namespace pd {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

qint64 rowCount(const QSqlDatabase &database, const QString &table)
{
    // `table` comes from the fixed list of sync categories, never from input.
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

SupportReport SupportReport::forThisSystem()
{
    SupportReport report;
    report.appVersion = QCoreApplication::applicationVersion();
    report.qtRuntimeVersion = QString::fromLatin1(qVersion());
    report.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    report.os = QSysInfo::prettyProductName();
    report.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    report.architecture = QSysInfo::currentCpuArchitecture();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    return report;
}

SupportReport SupportReport::collect(const AppServices &services)
{
    SupportReport report = forThisSystem();
    if (services.hasActiveProfile()) {
        const ServerProfile &profile = services.activeProfile();
        report.hasServer = true;
        report.serverOrigin = originText(profile.baseUrl);
        report.customCa = !profile.caBundlePath.isEmpty();
        report.pinSet = !profile.pinSha256.isEmpty();
        report.developerMode = profile.developerMode;
    }
    if (const AuthService *auth = services.auth())
        report.signedIn = auth->isSignedIn();
    if (const ApiClient *api = services.api()) {
        report.tlsProtocol = api->recorder().lastTlsProtocol();
        report.tlsCipher = api->recorder().lastTlsCipher();
        report.recentRequests = api->recorder().entries();
    }
    if (const Outbox *outbox = services.outbox()) {
        for (const auto state : {OutboxItem::State::Pending, OutboxItem::State::Sending,
                                 OutboxItem::State::Sent, OutboxItem::State::FailedPermanently})
            report.outboxCounts.append(
                {OutboxItem::stateName(state), int(outbox->items(state).size())});
    }
    if (const LocalStore *store = services.store(); store && store->isOpen()) {
        const SyncStateStore states(store->database());
        for (const SyncCategory &category : SyncCategory::all()) {
            const SyncState state = states.load(category.name);
            report.sync.append({category.name, rowCount(store->database(), category.name),
                                state.lastCompleteAt, state.walkInProgress()});
        }
    }
    return report;
}

QString SupportReport::originText(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("(none)");
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    origin.setPort(url.port(defaultPort));
    return origin.toString();
}

QString SupportReport::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "Privacy Dashboard support report\n";
    out << "Generated: " << generatedAt.toString(Qt::ISODate) << '\n';
    out << "App version: " << (appVersion.isEmpty() ? QStringLiteral("unknown") : appVersion)
        << '\n';
    out << "Qt version: " << qtRuntimeVersion << " (built with " << qtBuildVersion << ")\n";
    out << "OS: " << os << '\n';
    out << "Kernel: " << kernel << '\n';
    out << "Architecture: " << architecture << '\n';

    out << "\n[Server]\n";
    if (!hasServer) {
        out << "No server profile is active.\n";
    } else {
        out << "Origin: " << serverOrigin << '\n';
        out << "Signed in: " << yesNo(signedIn) << '\n';
        out << "Developer mode (http on loopback): " << yesNo(developerMode) << '\n';
        out << "Custom CA configured: " << yesNo(customCa) << '\n';
        out << "Public key pin set: " << yesNo(pinSet) << '\n';
        if (tlsProtocol == QSsl::UnknownProtocol)
            out << "Last connection TLS: none recorded\n";
        else
            out << "Last connection TLS: " << Diagnoser::protocolName(tlsProtocol) << ", cipher "
                << tlsCipher << '\n';
    }

    out << "\n[Recent requests] (newest first)\n";
    if (recentRequests.isEmpty())
        out << "none\n";
    for (const RequestRecorder::Entry &entry : recentRequests) {
        out << entry.finishedAt.toString(Qt::ISODate) << ' ' << QString::fromLatin1(entry.method)
            << ' ' << entry.pathTemplate << ' '
            << (entry.httpStatus > 0 ? QString::number(entry.httpStatus)
                                     : QStringLiteral("no-response"))
            << " X-Request-ID=" << entry.requestId << '\n';
    }

    out << "\n[Outbox]\n";
    if (outboxCounts.isEmpty())
        out << "unavailable\n";
    for (const auto &[state, count] : outboxCounts)
        out << state << ": " << count << '\n';

    out << "\n[Sync]\n";
    if (sync.isEmpty())
        out << "unavailable\n";
    for (const CategorySync &category : sync) {
        out << category.category << ": "
            << (category.rows < 0 ? QStringLiteral("? rows")
                                  : QStringLiteral("%1 rows").arg(category.rows))
            << ", last complete sync "
            << (category.lastCompleteAt.isEmpty() ? QStringLiteral("never")
                                                  : category.lastCompleteAt)
            << (category.walkInProgress ? QStringLiteral(", sync in progress") : QString()) << '\n';
    }
    return text;
}

} // namespace pd
