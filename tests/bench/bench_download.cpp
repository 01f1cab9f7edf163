// Download of a large export archive from the reference backend over TLS on
// loopback through the app's real path (ArchiveDownloader and
// ArchiveTransfer over the ApiClient's transport, streamed into a .part,
// hashed, checked and renamed), against the curl tool on the same URL with
// the same token, in the same run. The app's side runs in a child process of
// this program, so that its peak RSS (VmHWM) is the download's alone.
//   bench_download [--quick]  a 32 MiB archive (the default; the ctest entry)
//   bench_download --full     a 1 GiB archive, five rounds (scripts/bench)
//   bench_download --mib N    an N MiB archive
//   bench_download --rounds N N interleaved rounds (curl, then the app); the
//                             medians count, so a busy machine's slow round
//                             moves neither side
//   PD_BENCH_READ_BUFFER=BYTES the app's reply read buffer (default: the
//                              app's own, ArchiveDownloader's)
//   PD_BENCH_APP_WRAPPER="perf record -g -o app.data --" runs the app's
//                              side under a profiler (split on spaces)
// How the archive gets that large: the server builds a real (small) export
// for a demo account, then the benchmark points that export's row in
// export_archives at a file of pseudo-random bytes it wrote next to the
// server's data (TestServer::runSql, behind the API's back), with its
// SHA-256, so the server serves it as that export's archive (ETag, ranges).
// Every file is deleted at the end.
// Environment: PD_SERVER_BINARY, the reference server to start.
#include "BenchReport.h"
#include "ExportFlow.h"
#include "TestServer.h"

#include "api/AccessTokenProvider.h"
#include "api/ApiClient.h"
#include "export/ArchiveDownloader.h"
#include "export/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace pd;
using BenchReport::number;
using BenchReport::out;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kMaxPeakRssKiB = 150 * 1024;

class FixedToken : public AccessTokenProvider
{
public:
    explicit FixedToken(QString token)
        : m_token(std::move(token))
    {}
    QString accessToken() const override { return m_token; }
    void refreshAccessToken(QObject *, RefreshCallback done) override
    {
        done(RefreshOutcome::SignInRequired, std::nullopt);
    }

private:
    QString m_token;
};

// The child: one download, then a line "DOWNLOAD|ns|peak KiB|most bytes
// buffered|final path" on stdout. The token comes in the environment.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--child")));
    if (at < 0 || args.size() < at + 6)
        return 2;
    ExportResult archive;
    archive.requestId = args.at(at + 1);
    archive.archiveUrl = QUrl(args.at(at + 2));
    archive.sizeBytes = args.at(at + 3).toLongLong();
    archive.sha256 = args.at(at + 4);
    const QString folder = args.at(at + 5);
    ServerProfile profile = ServerProfile::forUrl(ServerProfile::originOf(archive.archiveUrl));
    profile.caBundlePath = args.at(at + 6);
    ApiClient client(profile);
    FixedToken token(qEnvironmentVariable("PD_BENCH_TOKEN"));
    client.setAccessTokenProvider(&token);
    ArchiveDownloader downloader(&client);
    const QByteArray readBuffer = qgetenv("PD_BENCH_READ_BUFFER");
    if (!readBuffer.isEmpty())
        downloader.setReadBufferSize(readBuffer.toLongLong());
    QEventLoop loop;
    QString failure;
    QObject::connect(&downloader, &ArchiveDownloader::finished, &loop, &QEventLoop::quit);
    QObject::connect(&downloader, &ArchiveDownloader::failed, &loop,
                     [&](const DownloadError &error) {
                         failure = error.developerDetail();
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    downloader.start(archive, folder);
    loop.exec();
    const qint64 ns = timer.nsecsElapsed();
    if (!failure.isEmpty()) {
        out() << "download failed: " << failure << Qt::endl;
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const qint64 cpuUs = qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 +
                         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
    out() << "DOWNLOAD|" << ns << '|' << BenchReport::statusKiB("VmHWM") << '|'
          << downloader.maxBufferedBytes() << '|' << cpuUs << '|' << downloader.finalPath()
          << Qt::endl;
    return 0;
}

// Pseudo-random (incompressible) bytes; the lower-case SHA-256, empty on
// failure.
QString writeArchive(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    Sha256 hash;
    QByteArray chunk(kMiB, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ULL;
    for (qint64 written = 0; written < bytes; written += chunk.size()) {
        auto *words = reinterpret_cast<quint64 *>(chunk.data());
        for (qint64 i = 0; i < kMiB / 8; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[i] = state;
        }
        const qint64 size = std::min<qint64>(kMiB, bytes - written);
        if (file.write(chunk.constData(), size) != size)
            return {};
        hash.addData(chunk.constData(), size);
    }
    return file.flush() ? QString::fromLatin1(hash.result().toHex()) : QString();
}

struct Transfer {
    bool ok = false;
    QString message;
    qint64 ns = 0;
    qint64 peakKiB = -1;
    qint64 maxBuffered = -1;
    qint64 cpuUs = 0; // the whole process, every thread, start-up included
};

// CPU time of the children this process has waited for (QProcess reaps
// them), so the difference around one child is that child's.
qint64 childrenCpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 +
           usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

Transfer appDownload(const ExportResult &archive, const QString &caPath, const QString &token,
                     const QString &folder)
{
    Transfer run;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PD_BENCH_TOKEN"), token);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList command =
        QString::fromLocal8Bit(qgetenv("PD_BENCH_APP_WRAPPER")).split(u' ', Qt::SkipEmptyParts);
    command << QCoreApplication::applicationFilePath() << QStringLiteral("--child")
            << archive.requestId << archive.archiveUrl.toString()
            << QString::number(archive.sizeBytes) << archive.sha256 << folder << caPath;
    child.start(command.takeFirst(), command);
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit) {
        run.message = QStringLiteral("the download process did not finish");
        return run;
    }
    const QByteArray output = child.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split('|');
        if (fields.size() != 6 || fields.at(0) != "DOWNLOAD")
            continue;
        run.ns = fields.at(1).toLongLong();
        run.peakKiB = fields.at(2).toLongLong();
        run.maxBuffered = fields.at(3).toLongLong();
        run.cpuUs = fields.at(4).toLongLong();
        const QString path = QString::fromUtf8(fields.at(5));
        // finished() means size and SHA-256 matched; check the file anyway.
        run.ok = QFileInfo(path).size() == archive.sizeBytes;
        if (!run.ok)
            run.message = QStringLiteral("the downloaded file has the wrong size");
        QFile::remove(path);
        return run;
    }
    run.message = QStringLiteral("the download failed: ") + QString::fromUtf8(output.trimmed());
    return run;
}

// The curl tool on the same URL, token and CA; its own time_total (without
// its process start-up) is the floor.
Transfer curlDownload(const ExportResult &archive, const QString &caPath, const QString &token,
                      const QString &folder)
{
    Transfer run;
    // The token goes in a header file, not on a command line others can read.
    const QString headerPath = QDir(folder).filePath(QStringLiteral("curl-headers"));
    QFile headers(headerPath);
    if (!headers.open(QIODevice::WriteOnly) ||
        !headers.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        run.message = QStringLiteral("cannot write the header file");
        return run;
    }
    headers.write("Authorization: Bearer " + token.toUtf8() + '\n');
    headers.close();
    const QString target = QDir(folder).filePath(QStringLiteral("curl-archive.zip"));
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 cpuBefore = childrenCpuUs();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--http1.1"),
                QStringLiteral("--cacert"), caPath, QStringLiteral("-H"),
                QLatin1Char('@') + headerPath, QStringLiteral("-o"), target, QStringLiteral("-w"),
                QStringLiteral("%{size_download} %{time_total}"), archive.archiveUrl.toString()});
    const bool finished = curl.waitForFinished(600000);
    run.cpuUs = childrenCpuUs() - cpuBefore;
    QFile::remove(headerPath);
    const QList<QByteArray> figures = curl.readAllStandardOutput().trimmed().split(' ');
    const qint64 size = QFileInfo(target).size();
    QFile::remove(target);
    if (!finished || curl.exitStatus() != QProcess::NormalExit || curl.exitCode() != 0 ||
        figures.size() != 2) {
        run.message = QStringLiteral("curl failed (is it installed?)");
        return run;
    }
    run.ns = qint64(figures.at(1).toDouble() * 1e9);
    run.ok = figures.at(0).toLongLong() == archive.sizeBytes && size == archive.sizeBytes;
    if (!run.ok)
        run.message = QStringLiteral("curl got %1 bytes").arg(size);
    return run;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

double mibPerSecond(qint64 bytes, qint64 ns)
{
    return ns > 0 ? double(bytes) / double(kMiB) * 1e9 / double(ns) : 0.0;
}

int fail(const QString &why)
{
    out() << "bench_download: " << why << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--child")
            return runChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiError>();
    const bool full = BenchReport::isFull(argc, argv);
    const qint64 mib = BenchReport::option(argc, argv, "--mib", full ? "1024" : "32").toLongLong();
    const int rounds =
        qMax(1, BenchReport::option(argc, argv, "--rounds", full ? "5" : "1").toInt());

    test::TestServer server;
    if (!server.start(test::TestServer::processAfter(0)))
        return fail(QStringLiteral("the server did not start: ") + server.lastError());
    test::ExportFlow flow(server);
    QString error;
    // The account without two-factor: no TOTP step to wait for.
    if (!flow.signIn(server.accounts().at(1), &error))
        return fail(QStringLiteral("sign-in failed: ") + error);
    std::optional<ExportResult> archive = flow.requestExport(
        {QStringLiteral("profile")}, QStringLiteral("json"), "bench-download", &error);
    if (!archive)
        return fail(QStringLiteral("the export failed: ") + error);
    const QString token = flow.client().accessTokenProvider()->accessToken();

    QTemporaryDir dir;
    const QString archivePath = dir.filePath(QStringLiteral("large-archive.zip"));
    QElapsedTimer writing;
    writing.start();
    const QString sha256 = writeArchive(archivePath, mib * kMiB);
    if (sha256.isEmpty())
        return fail(QStringLiteral("cannot write the archive (free space?)"));
    out() << "bench_download: wrote a " << mib << " MiB archive in "
          << number(writing.elapsed() / 1000.0, 1) << " s" << Qt::endl;
    bool ok = false;
    server.runSql(QStringLiteral("UPDATE export_archives SET path = ?, sha256 = ? WHERE "
                                 "request_id = ?"),
                  {archivePath, sha256, archive->requestId}, &ok);
    if (!ok)
        return fail(QStringLiteral("cannot point the export at the archive: ") +
                    server.lastError());
    archive->sizeBytes = mib * kMiB;
    archive->sha256 = sha256;

    const QString downloads = dir.filePath(QStringLiteral("downloads"));
    QDir().mkpath(downloads);
    std::vector<double> appRates;
    std::vector<double> curlRates;
    std::vector<double> ratios;
    std::vector<double> appCpu;
    std::vector<double> curlCpu;
    qint64 peakKiB = 0;
    qint64 maxBuffered = 0;
    // Interleaved rounds, each pairing curl with the app right after it (both
    // read the archive from the page cache after the first round).
    for (int round = 0; round < rounds; ++round) {
        const Transfer curl = curlDownload(*archive, server.caCertificatePath(), token, downloads);
        if (!curl.ok)
            return fail(curl.message);
        const Transfer ours = appDownload(*archive, server.caCertificatePath(), token, downloads);
        if (!ours.ok)
            return fail(ours.message);
        appRates.push_back(mibPerSecond(mib * kMiB, ours.ns));
        curlRates.push_back(mibPerSecond(mib * kMiB, curl.ns));
        ratios.push_back(appRates.back() / curlRates.back());
        appCpu.push_back(ours.cpuUs / 1e6);
        curlCpu.push_back(curl.cpuUs / 1e6);
        out() << "  round " << round + 1 << ": curl " << number(curlRates.back()) << " MiB/s (CPU "
              << number(curlCpu.back(), 2) << " s), app " << number(appRates.back())
              << " MiB/s (CPU " << number(appCpu.back(), 2) << " s), ratio "
              << number(ratios.back(), 2) << "x, app peak RSS " << number(ours.peakKiB / 1024.0, 1)
              << " MiB" << Qt::endl;
        peakKiB = std::max(peakKiB, ours.peakKiB);
        maxBuffered = std::max(maxBuffered, ours.maxBuffered);
    }
    QFile::remove(archivePath);

    const double ours = median(appRates);
    const double floor = median(curlRates);
    const double peakMiB = peakKiB / 1024.0;
    out() << "download of a " << mib << " MiB export archive over TLS on loopback (median of "
          << rounds << " rounds):\n"
          << "  app (ArchiveDownloader, verified, renamed): " << number(ours) << " MiB/s, CPU "
          << number(median(appCpu), 2) << " s (the whole process); peak RSS " << number(peakMiB, 1)
          << " MiB; most bytes waiting in the reply at once " << maxBuffered << "\n"
          << "  floor: curl on the same URL and token: " << number(floor) << " MiB/s, CPU "
          << number(median(curlCpu), 2) << " s\n"
          << "  ratio app / curl: " << number(ours / floor, 2) << "x (median of the rounds' own "
          << number(median(ratios), 2) << "x)" << Qt::endl;
    BenchReport::result(QStringLiteral("download"),
                        QStringLiteral("%1 MiB export archive over TLS (MiB/s)").arg(mib), ours,
                        QStringLiteral("curl, same URL and token"), floor, ours / floor,
                        QStringLiteral(">= 0.8x"),
                        ours / floor >= 0.8 ? QStringLiteral("yes") : QStringLiteral("no"));
    BenchReport::result(
        QStringLiteral("download"),
        QStringLiteral("peak RSS of the downloading process (MiB), lower is better; "
                       "ratio = target / ours"),
        peakMiB, QStringLiteral("target 150 MiB"), 150.0, 150.0 / peakMiB,
        QStringLiteral("< 150 MiB"),
        peakKiB < kMaxPeakRssKiB ? QStringLiteral("yes") : QStringLiteral("no"));
    // Correctness only: both got every byte (the app's checked by SHA-256),
    // and the app streamed rather than holding the archive in memory.
    const bool correct = maxBuffered < mib * kMiB / 4;
    out() << (correct ? "  correct" : "  WRONG") << Qt::endl;
    return correct ? 0 : 1;
}
