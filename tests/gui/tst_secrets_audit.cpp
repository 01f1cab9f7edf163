// Secrets audit (issue 14): the app as main() composes it (AppServices,
// AppController, the standard pages, the real keychain through
// run-with-keyring.sh), in a home of its own, driven through its widgets
// against the reference backend for a whole session: sign-in with password
// and two-factor code, the sync of every category and every page shown,
// every rights request the app offers filed through its dialog, the export
// downloaded and opened in the archive viewer, sign-out. Everything the
// process logs, every category at every level, is written to a file in that
// home. Then every file under it (settings, data, cache, state, runtime and
// temporary folders, the log, the download folder) is searched for the
// password, the access and refresh tokens, the TOTP secret, the email and the
// phone number: none may be there, except the email and phone inside the
// download folder the user chose for their export. Also: core dumps stay off
// and the process stays non-dumpable for the whole session, and the real
// executable starts without core dumps.
#include "AppController.h"
#include "DataPagesSession.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "SecretScanner.h"

#include "auth/AuthService.h"
#include "auth/TokenStore.h"
#include "core/AppServices.h"
#include "core/ProcessHardening.h"
#include "core/TotpCode.h"
#include "export/ArchiveDownloadDialog.h"
#include "export/ArchiveTableModel.h"
#include "export/ArchiveViewerWindow.h"
#include "outbox/Outbox.h"
#include "pages/Page.h"
#include "pages/RequestsPage.h"
#include "profile/ProfileFields.h"
#include "requests/DeleteAccountDialog.h"
#include "requests/EditRequestDialog.h"
#include "requests/EditSummaryDialog.h"
#include "requests/ExportRequestDialog.h"
#include "requests/GuardianRemovalDialog.h"
#include "requests/ObjectToProcessingDialog.h"
#include "requests/ProcessingRequestDialog.h"
#include "requests/ReportSecurityConcernDialog.h"
#include "requests/RequestDetailPanel.h"
#include "requests/RequestFlows.h"
#include "requests/RequestListModel.h"
#include "requests/RequestType.h"
#include "requests/RestrictProcessingDialog.h"
#include "requests/UnsubscribeDialog.h"
#include "security/ReauthenticateDialog.h"
#include "signin/SignInDialog.h"
#include "tour/GuidedTour.h"
#include "tour/TourOverlay.h"
#include "widgets/PasswordField.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <csignal>
#include <memory>

using namespace pd;
using namespace pd::test;

namespace {

constexpr int kWaitMs = 60000;

// Every message of the process, appended to one file in the audited home:
// the app logs to stderr (the journal, a terminal, a bug report), so what it
// logs counts as written down. Warnings and worse are also passed on to the
// test's own output.
struct LogCapture {
    static inline QMutex mutex;
    static inline QFile *file = nullptr;
    static inline QtMessageHandler previous = nullptr;

    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&mutex);
            if (file) {
                file->write(qFormatLogMessage(type, context, message).toUtf8());
                file->write("\n");
            }
        }
        // The test's own notes (the default category's info) too.
        const bool testNote =
            type == QtInfoMsg &&
            qstrcmp(context.category ? context.category : "default", "default") == 0;
        if (previous && ((type != QtDebugMsg && type != QtInfoMsg) || testNote))
            previous(type, context, message);
    }
};

template <typename T> T *visibleTopLevel()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    QTest::keyClicks(widget, text);
}

// "Max core file size  <soft>  <hard>  bytes" of /proc/<pid>/limits, as
// "<soft> <hard>"; empty when unreadable.
QString coreLimit(const QString &pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression core(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
    const QRegularExpressionMatch match = core.match(QString::fromLatin1(limits.readAll()));
    return match.hasMatch() ? match.captured(1) + u' ' + match.captured(2) : QString();
}

} // namespace

class TestSecretsAudit : public QObject
{
    Q_OBJECT

    const QTemporaryDir &m_home;
    TestServer m_server;
    DemoAccount m_account;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AppController> m_controller;
    RequestFlows *m_flows = nullptr;
    QFile m_log;
    // Every token the session held, collected at several moments (a
    // refresh rotates them).
    QSet<QString> m_accessTokens;
    QSet<QString> m_refreshTokens;
    QString m_email;
    QString m_phone;
    QStringList m_filedTypes;
    QList<qint64> m_outboxIds;

    QString homePath(const char *name) const { return m_home.filePath(QString::fromLatin1(name)); }
    QString downloadFolder() const { return homePath("Downloads"); }
    MainWindow *window() const { return m_controller->mainWindow(); }

    // The refresh token in the keychain now (empty when there is none).
    QString storedRefreshToken()
    {
        std::optional<TokenStore::Result> answer;
        QObject context;
        m_services->tokenStore()->read(m_services->auth()->storeKey(), &context,
                                       [&answer](const TokenStore::Result &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return {};
        return answer->ok() ? answer->secret : QString();
    }

    void collectTokens()
    {
        const QString access = m_services->auth()->accessToken();
        if (!access.isEmpty())
            m_accessTokens.insert(access);
        const QString refresh = storedRefreshToken();
        if (!refresh.isEmpty())
            m_refreshTokens.insert(refresh);
    }

    // Opens the flow `type` as its menu entry does; null when it did not show.
    template <class D> D *startFlow(const QString &type)
    {
        auto *dialog = qobject_cast<D *>(m_flows->start(type));
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Submits a request form and notes what it put in the outbox.
    void submit(RequestFormDialog *dialog)
    {
        QSignalSpy queued(m_flows, &RequestFlows::requestQueued);
        QPointer<QDialog> guard(dialog);
        QVERIFY2(dialog->submitButton()->isEnabled(), qPrintable(dialog->type()));
        const QString type = dialog->type();
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        noteQueued(queued, type);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
    }

    void noteQueued(const QSignalSpy &queued, const QString &type)
    {
        const auto item = queued.constFirst().constFirst().value<OutboxItem>();
        QCOMPARE(item.type, type);
        m_outboxIds << item.id;
        m_filedTypes << type;
    }

    QString serverRequestId(qint64 outboxId) const
    {
        const auto item = m_services->outbox()->item(outboxId);
        return item ? item->serverRequestId : QString();
    }

    QString serverStatus(const QString &requestId)
    {
        return m_server
            .get(QStringLiteral("/api/v1/requests/") + requestId, m_services->auth()->accessToken())
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

    SecretScanner scanner() const
    {
        SecretScanner scanner;
        scanner.addSecret(QStringLiteral("password"), m_account.password, false);
        scanner.addSecret(QStringLiteral("TOTP secret"), m_account.totpSecret, false);
        scanner.addBinarySecret(
            QStringLiteral("TOTP key"),
            TotpCode::decodeBase32(m_account.totpSecret).value_or(QByteArray()));
        for (const QString &token : m_accessTokens)
            scanner.addSecret(QStringLiteral("access token"), token, false);
        for (const QString &token : m_refreshTokens)
            scanner.addSecret(QStringLiteral("refresh token"), token, false);
        scanner.addSecret(QStringLiteral("email"), m_email, true);
        scanner.addSecret(QStringLiteral("phone"), m_phone, true);
        // Without the "+", and without the country code (the demo accounts'
        // numbers are +62 and +44: two digits), as a form may show it.
        QString digits = m_phone;
        digits.remove(u'+');
        scanner.addSecret(QStringLiteral("phone (digits)"), digits, true);
        scanner.addSecret(QStringLiteral("phone (national digits)"), digits.mid(2), true);
        scanner.allowPersonalDataUnder(downloadFolder());
        return scanner;
    }

    // Scans the whole home; fails the running test with every finding.
    void auditHome(const char *when)
    {
        {
            QMutexLocker lock(&LogCapture::mutex);
            m_log.flush();
        }
        SecretScanner audit = scanner();
        const QList<SecretScanner::Finding> findings = audit.scan(m_home.path());
        qInfo().noquote() << when << ": scanned" << audit.filesScanned() << "files,"
                          << audit.bytesScanned() << "bytes";
        for (const QString &allowed : audit.allowedPersonalData())
            qInfo().noquote() << "  personal data where the user saved their export:" << allowed;
        // The audit read what the app wrote: its store, its settings, its log.
        QVERIFY(audit.filesScanned() >= 3);
        QVERIFY(QFileInfo(m_log.fileName()).size() > 0);
        QVERIFY2(findings.isEmpty(), qPrintable(u"secrets found " + QString::fromLatin1(when) +
                                                u":\n" + SecretScanner::describe(findings)));
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsPlantedSecrets();
    void signInWithPasswordAndCode();
    void syncEveryCategoryAndShowEveryPage();
    void fileEveryRequestType();
    void downloadAndOpenTheExport();
    void signOut();
    void nothingLeftAfterSignOut();
    void theRealTokenIsFoundWhenPlanted();
    void coreDumpsStayOff();
    void theExecutableStartsWithoutCoreDumps();
    void nothingLeftAfterQuit();

public:
    explicit TestSecretsAudit(const QTemporaryDir &home)
        : m_home(home)
    {}
};

void TestSecretsAudit::initTestCase()
{
    qRegisterMetaType<SyncOutcome>();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs a D-Bus session with a keyring (run-with-keyring.sh)");
    QVERIFY(m_home.isValid());
    // The server's own folder (its database holds the account) is made
    // before this process's temporary folder moves into the audited home.
    QVERIFY2(m_server.start(TestServer::processAfter(0)), qPrintable(m_server.lastError()));
    m_account = m_server.accounts().at(0); // two-factor on
    QVERIFY(!m_account.totpSecret.isEmpty());
    QVERIFY(QDir().mkpath(homePath("tmp")));
    QVERIFY(QDir().mkpath(downloadFolder()));
    qputenv("TMPDIR", homePath("tmp").toLocal8Bit());
    QCOMPARE(QDir::tempPath(), QDir(homePath("tmp")).canonicalPath());

    QVERIFY(QDir().mkpath(homePath("log")));
    m_log.setFileName(homePath("log") + QStringLiteral("/messages.log"));
    QVERIFY(m_log.open(QIODevice::WriteOnly | QIODevice::Append));
    {
        QMutexLocker lock(&LogCapture::mutex);
        LogCapture::file = &m_log;
    }
    // Installed here, over QTest's handler (qExec installs its own).
    LogCapture::previous = qInstallMessageHandler(LogCapture::handler);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));

    // As main() does, with the system's (here: the isolated) folders.
    m_settings = std::make_unique<QSettings>();
    QVERIFY2(m_settings->fileName().startsWith(m_home.path()), qPrintable(m_settings->fileName()));
    AppServices::Options options;
    options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QVERIFY2(options.dataDir.startsWith(m_home.path()), qPrintable(options.dataDir));
    options.settings = m_settings.get();
    m_services = std::make_unique<AppServices>(options);

    // The server the user added (its CA copied into the data folder).
    ServerProfile profile = ServerProfile::forUrl(m_server.origin());
    profile.name = QStringLiteral("Test server");
    profile.caBundlePath = m_server.caCertificatePath();
    QString error;
    QVERIFY2(m_services->start(&error), qPrintable(error));
    QVERIFY2(m_services->addProfile(profile, &error), qPrintable(error));

    m_controller = std::make_unique<AppController>(m_services.get(), m_settings.get(),
                                                   AppController::Options{});
    m_controller->setPageBuilder(
        [s = m_services.get()](MainWindow &window) { PageCatalog::addStandardPages(window, *s); });
    m_controller->start();
    QTRY_VERIFY(m_controller->signInDialog()->isVisible());
}

void TestSecretsAudit::cleanupTestCase()
{
    m_controller.reset();
    m_services.reset();
    qInstallMessageHandler(LogCapture::previous);
    QMutexLocker lock(&LogCapture::mutex);
    LogCapture::file = nullptr;
}

void TestSecretsAudit::scannerFindsPlantedSecrets()
{
    // The scanner on a tree of its own, with made-up secrets, in each
    // spelling it claims to read.
    QTemporaryDir tree;
    QVERIFY(tree.isValid());
    const QString password = QStringLiteral("Demo-Plnt-d5ec-r3t7");
    const QString token = QStringLiteral("rt_AbCdEf0123456789xyz");
    const QString email = QStringLiteral("planted.user@example.org");
    const QByteArray key("\x01\x02\xfe\xff\x10\x20\x30\x40", 8);
    SecretScanner scanner;
    QVERIFY(scanner.addSecret(QStringLiteral("password"), password, false));
    QVERIFY(scanner.addSecret(QStringLiteral("token"), token, false));
    QVERIFY(scanner.addSecret(QStringLiteral("email"), email, true));
    QVERIFY(scanner.addBinarySecret(QStringLiteral("key"), key));
    QVERIFY(!scanner.addSecret(QStringLiteral("short"), QStringLiteral("12345"), false));
    scanner.allowPersonalDataUnder(tree.filePath(QStringLiteral("Downloads")));

    const auto plant = [&tree](const QString &name, const QByteArray &bytes) {
        QDir().mkpath(QFileInfo(tree.filePath(name)).absolutePath());
        QFile file(tree.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    // Nothing planted yet: nothing found.
    QVERIFY(plant(QStringLiteral("clean.txt"), "nothing to see"));
    QVERIFY(scanner.scan(tree.path()).isEmpty());

    QByteArray utf16;
    for (const QChar c : token)
        utf16.append(char(c.unicode())).append('\0');
    QVERIFY(plant(QStringLiteral(".cache/deep/store.sqlite-wal"),
                  QByteArray(100, 'x') + utf16 + QByteArray(7, '\0')));
    QVERIFY(plant(QStringLiteral("config/app.conf"),
                  "email=" + QUrl::toPercentEncoding(email.toUpper()) + "\n"));
    QVERIFY(plant(QStringLiteral("tmp/key.bin"), QByteArray("xx") + key));
    QVERIFY(
        plant(QStringLiteral("Downloads/export.csv"), email.toUtf8() + ";" + password.toUtf8()));
    QByteArray zip;
    {
        QBuffer buffer(&zip);
        QuaZip archive(&buffer);
        QVERIFY(archive.open(QuaZip::mdCreate));
        QuaZipFile member(&archive);
        QVERIFY(member.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("data.json"))));
        member.write("{\"t\":\"" + token.toUtf8() + "\"}" + QByteArray(4000, ' '));
        member.close();
        archive.close();
    }
    QVERIFY(!zip.contains(token.toUtf8())); // deflated: invisible to a plain search
    QVERIFY(plant(QStringLiteral("Downloads/archive.zip"), zip));

    const QList<SecretScanner::Finding> found = scanner.scan(tree.path());
    QStringList seen;
    for (const SecretScanner::Finding &finding : found) {
        seen << QDir(tree.path()).relativeFilePath(finding.file) + u'@' +
                    QString::number(finding.offset) + u' ' + finding.secret + u'/' +
                    finding.spelling;
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{
                       QStringLiteral(".cache/deep/store.sqlite-wal@100 token/UTF-16LE"),
                       QStringLiteral("Downloads/archive.zip!data.json@6 token/UTF-8"),
                       QStringLiteral("Downloads/export.csv@25 password/UTF-8"),
                       QStringLiteral("config/app.conf@6 email/percent-encoded"),
                       QStringLiteral("tmp/key.bin@2 key/raw bytes"),
                   }));
    // The email in the download folder is the user's own export.
    QCOMPARE(scanner.allowedPersonalData().size(), 1);
    QVERIFY(
        scanner.allowedPersonalData().constFirst().endsWith(QLatin1String("export.csv: email")));
}

void TestSecretsAudit::signInWithPasswordAndCode()
{
    SignInDialog *dialog = m_controller->signInDialog();
    auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("email"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(email && password);
    QTRY_VERIFY(dialog->selectedProfile().has_value());
    typeInto(email, m_account.email);
    typeInto(password, m_account.password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("totpCode"));
    QVERIFY(code);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 30000);
    QSignalSpy synced(m_services.get(), &AppServices::syncFinished);
    QTest::keyClicks(code, TestServer::totpCode(m_account.totpSecret));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), 30000);
    QVERIFY(m_services->auth()->isSignedIn());
    // The tour after a first sign-in: closed as a user would.
    if (window()->tour()->isActive()) {
        QTest::mouseClick(window()->tour()->overlay()->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(!window()->tour()->isActive());
    }
    collectTokens();
    QCOMPARE(m_accessTokens.size(), 1);
    QCOMPARE(m_refreshTokens.size(), 1);

    // The account's email and phone as the server has them.
    const QJsonObject profile =
        m_server.get(QStringLiteral("/api/v1/profile"), m_services->auth()->accessToken()).json();
    m_email = profile.value(QStringLiteral("email")).toString();
    m_phone = profile.value(QStringLiteral("phone")).toString();
    QCOMPARE(m_email.toLower(), m_account.email.toLower());
    QVERIFY2(m_phone.startsWith(u'+') && m_phone.size() > 8, qPrintable(m_phone));

    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 180000);
    QCOMPARE(synced.constFirst().constFirst().value<SyncOutcome>(), SyncOutcome::Completed);
}

void TestSecretsAudit::syncEveryCategoryAndShowEveryPage()
{
    MainWindow *main = window();
    QTRY_VERIFY(main->pageCount() > 5);
    m_flows = main->findChild<RequestFlows *>();
    QVERIFY(m_flows);
    m_flows->setFolderChooser([this](QWidget *) { return downloadFolder(); });
    // Every page once, so that every document the app caches is fetched.
    for (int i = 0; i < main->pageCount(); ++i) {
        main->setCurrentPage(i);
        Page *page = main->currentPage();
        QVERIFY(page);
        QTRY_VERIFY2_WITH_TIMEOUT(pageState(page) != QLatin1String("loading"),
                                  qPrintable(page->key()), kWaitMs);
        QVERIFY2(pageState(page) != QLatin1String("error"),
                 qPrintable(page->key() + u": " + pageMessage(page)));
    }
    // And a sync asked for by the user, on top of the one at sign-in.
    QSignalSpy synced(m_services.get(), &AppServices::syncFinished);
    m_services->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 180000);
    QCOMPARE(synced.constFirst().constFirst().value<SyncOutcome>(), SyncOutcome::Completed);
}

void TestSecretsAudit::fileEveryRequestType()
{
    {
        auto *dialog = startFlow<EditRequestDialog>(QStringLiteral("edit"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasProfile(), 30000);
        typeInto(dialog->edit(ProfileFields::Field::FullName), QStringLiteral("Ayu Lestari-Audit"));
        QSignalSpy queued(m_flows, &RequestFlows::requestQueued);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->summaryDialog() && dialog->summaryDialog()->isVisible());
        QTest::mouseClick(dialog->summaryDialog()->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(queued.size(), 1);
        noteQueued(queued, QStringLiteral("edit"));
    }
    {
        auto *dialog = startFlow<UnsubscribeDialog>(QStringLiteral("unsubscribe"));
        QVERIFY(dialog);
        QCheckBox *email = dialog->channelBox(QStringLiteral("email"));
        QVERIFY(email);
        email->setFocus();
        QTest::keyClick(email, Qt::Key_Space);
        submit(dialog);
    }
    for (const QString &type : {QStringLiteral("restrict"), QStringLiteral("object")}) {
        auto *dialog = startFlow<ProcessingRequestDialog>(type);
        QVERIFY2(dialog, qPrintable(type));
        QListWidget *list = dialog->activityList();
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        typeInto(dialog->reasonEdit(), QStringLiteral("Audit: please stop this use."));
        submit(dialog);
    }
    {
        auto *dialog = startFlow<GuardianRemovalDialog>(QStringLiteral("guardian_removal"));
        QVERIFY(dialog);
        typeInto(dialog->guardianNameEdit(), QStringLiteral("Maria Santoso"));
        dialog->relationBox()->setFocus();
        QTest::keyClick(dialog->relationBox(), Qt::Key_Down);
        typeInto(dialog->minorNameEdit(), QStringLiteral("Budi Santoso"));
        typeInto(dialog->statementEdit(), QStringLiteral("I am Budi's legal guardian."));
        typeInto(dialog->minorEmailEdit(), QStringLiteral("budi.s@example.org"));
        submit(dialog);
    }
    {
        auto *dialog = startFlow<ReportSecurityConcernDialog>(QStringLiteral("security_report"));
        QVERIFY(dialog);
        QComboBox *category = dialog->categoryBox();
        category->setFocus();
        const int exposure = category->findData(QStringLiteral("data_exposure"));
        QVERIFY(exposure >= 0);
        while (category->currentIndex() < exposure)
            QTest::keyClick(category, Qt::Key_Down);
        typeInto(dialog->descriptionEdit(), QStringLiteral("Audit: my data was exposed."));
        submit(dialog);
    }
    {
        auto *dialog = startFlow<ExportRequestDialog>(QStringLiteral("export"));
        QVERIFY(dialog);
        // Every category, as offered.
        for (const QString &category : ExportRequestDialog::categories())
            QVERIFY2(dialog->categoryBox(category)->isChecked(), qPrintable(category));
        submit(dialog);
    }
    {
        auto *dialog = startFlow<DeleteAccountDialog>(QStringLiteral("delete"));
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->accountEmail().isEmpty());
        QTest::mouseClick(dialog->skipExportButton(), Qt::LeftButton);
        typeInto(dialog->confirmEdit(), m_account.email);
        typeInto(dialog->reasonEdit(), QStringLiteral("Audit."));
        QSignalSpy queued(m_flows, &RequestFlows::requestQueued);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->reauthenticateDialog() && dialog->reauthenticateDialog()->isVisible());
        ReauthenticateDialog *reauth = dialog->reauthenticateDialog();
        if (!reauth->passwordOption()->isChecked())
            QTest::mouseClick(reauth->passwordOption(), Qt::LeftButton);
        QTest::keyClicks(reauth->passwordField()->lineEdit(), m_account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 30000);
        noteQueued(queued, QStringLiteral("delete"));
    }

    // Every type the app knows went through its dialog.
    QStringList all;
    for (const RequestType type : allRequestTypes())
        all << toWireName(type);
    QStringList filed = m_filedTypes;
    all.sort();
    filed.sort();
    QCOMPARE(filed, all);
    // And reached the server.
    for (const qint64 id : std::as_const(m_outboxIds))
        QTRY_VERIFY_WITH_TIMEOUT(!serverRequestId(id).isEmpty(), kWaitMs);
    collectTokens();
}

void TestSecretsAudit::downloadAndOpenTheExport()
{
    const int index = int(m_filedTypes.indexOf(QStringLiteral("export")));
    QVERIFY(index >= 0);
    const QString requestId = serverRequestId(m_outboxIds.at(index));
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(requestId), QStringLiteral("completed"), kWaitMs);

    auto *requests = qobject_cast<RequestsPage *>(window()->page(RequestsPage::pageKey()));
    QVERIFY(requests);
    window()->showPage(RequestsPage::pageKey());
    const auto status = [&] {
        const int row = requests->model()->rowOf(requestId);
        return row < 0 ? QString() : requests->model()->record(row)->status;
    };
    QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("completed"), kWaitMs);
    const int row = requests->model()->rowOf(requestId);
    QTableView *table = requests->table();
    table->scrollTo(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 0)).center());
    QTRY_VERIFY(requests->details()->downloadButton()->isVisible());
    QTest::mouseClick(requests->details()->downloadButton(), Qt::LeftButton);
    ArchiveDownloadDialog *download = m_flows->currentDownload();
    QVERIFY(download);
    QTRY_COMPARE_WITH_TIMEOUT(download->state(), ArchiveDownloadDialog::State::Finished, kWaitMs);
    QVERIFY(download->finalPath().startsWith(QDir(downloadFolder()).canonicalPath()));

    // The archive viewer extracts tables into the scratch folder.
    QTest::mouseClick(download->viewButton(), Qt::LeftButton);
    ArchiveViewerWindow *viewer = nullptr;
    QTRY_VERIFY((viewer = visibleTopLevel<ArchiveViewerWindow>()) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(viewer->state(), ArchiveViewerWindow::State::Ready, kWaitMs);
    QListWidget *files = viewer->filesList();
    QVERIFY(files->count() > 0);
    // Every table, each extracted in turn.
    for (int i = 0; i < files->count(); ++i) {
        const QString file = files->item(i)->data(Qt::UserRole).toString();
        files->setCurrentRow(i);
        QTRY_VERIFY2_WITH_TIMEOUT(!viewer->isBusy() && viewer->currentFile() == file,
                                  qPrintable(file), kWaitMs);
    }
    QVERIFY(viewer->tableModel() && viewer->tableModel()->rowCount() > 0);
    viewer->close();
    download->close();
    collectTokens();
}

void TestSecretsAudit::signOut()
{
    collectTokens();
    QSignalSpy signedOut(m_services.get(), &AppServices::signedOut);
    auto *action = window()->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInDialog()->isVisible(), kWaitMs);
    QVERIFY(!window()->isVisible());
    qInfo() << "tokens audited:" << m_accessTokens.size() << "access," << m_refreshTokens.size()
            << "refresh";
}

void TestSecretsAudit::nothingLeftAfterSignOut()
{
    auditHome("after sign-out");
}

void TestSecretsAudit::theRealTokenIsFoundWhenPlanted()
{
    // The audit would have seen a leak: the session's refresh token, written
    // where a careless cache would put it, is found at its offset.
    const QString folder = homePath("XDG_CACHE_HOME") + QStringLiteral("/planted");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/leak.bin");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(33, '\0'));
        file.write(m_refreshTokens.values().constFirst().toUtf8());
    }
    SecretScanner audit = scanner();
    const QList<SecretScanner::Finding> findings = audit.scan(m_home.path());
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().file, path);
    QCOMPARE(findings.constFirst().offset, 33);
    QCOMPARE(findings.constFirst().secret, QStringLiteral("refresh token"));
}

void TestSecretsAudit::coreDumpsStayOff()
{
    // main() applied the hardening before anything held a secret; nothing
    // in the session (keychain, TLS, threads, dialogs) undid it.
    QVERIFY(!ProcessHardening::isDumpable());
    QVERIFY(!ProcessHardening::coreDumpsAllowed());
    QCOMPARE(coreLimit(QStringLiteral("self")), QStringLiteral("0 0"));
}

void TestSecretsAudit::theExecutableStartsWithoutCoreDumps()
{
    const QString binary = qEnvironmentVariable("PD_APP_BINARY");
    if (binary.isEmpty())
        QSKIP("PD_APP_BINARY is not set");
    // The real app in the same home: it shows its sign-in window and waits
    // for a password.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PD_ALLOW_CORE_DUMPS"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(binary, {});
    QVERIFY(app.waitForStarted());
    const QString pid = QString::number(app.processId());
    // Its first step in main(); the limits read before it are the test's.
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(pid), QStringLiteral("0 0"), 30000);
    QVERIFY(::kill(pid_t(app.processId()), SIGTERM) == 0);
    QVERIFY(app.waitForFinished(30000));
}

void TestSecretsAudit::nothingLeftAfterQuit()
{
    // The user quits: what the app leaves at rest.
    m_controller.reset();
    m_services.reset();
    auditHome("after quit");
}

int main(int argc, char *argv[])
{
    // As the app's main(): before anything holds a secret.
    qunsetenv("PD_ALLOW_CORE_DUMPS");
    if (!ProcessHardening::apply())
        qWarning("process hardening failed");
    // The audited home: every folder the app may write to, set before
    // anything (QSettings, QStandardPaths) reads where they are. The
    // keychain lives outside it, in run-with-keyring.sh's folder.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    for (const char *name : {"XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                             "XDG_CACHE_HOME", "XDG_STATE_HOME", "HOME"}) {
        const QString folder = home.filePath(QString::fromLatin1(name));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(name, folder.toLocal8Bit());
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Privacy Dashboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Privacy Dashboard"));
    TestSecretsAudit test(home);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets_audit.moc"
