// An installation without its modules (core/ModuleLoader.h): ctest points
// $PD_MODULE_DIR at a folder that does not exist, and nothing is beside this
// binary. The chart says why it is missing and shows its figures as text;
// phone numbers written with "+" and the country code are still taken; the
// keychain answers as on a machine without one; an export archive, the
// single sign-on listener and a QR code say why they cannot be had (the
// dialogs' messages: tst_oidc_authorization.module_missing,
// tst_gui_documents_security.qr_module_missing).
#include "auth/KeychainTokenStore.h"
#include "auth/LoopbackReceiver.h"
#include "core/ModuleLoader.h"
#include "export/ExportArchive.h"
#include "profile/PhoneNumberNormalizer.h"
#include "security/QrCodeWidget.h"
#include "widgets/ActivityChart.h"

#include <QLabel>
#include <QTest>

#include <optional>

using namespace pd;

class TestModulesMissing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("PD_MODULE_DIR"));
        QString problem;
        QVERIFY(!ModuleLoader::instance(ActivityChart::moduleName(), &problem));
        QVERIFY2(problem.contains(qEnvironmentVariable("PD_MODULE_DIR")), qPrintable(problem));
        QVERIFY(!ModuleLoader::instance(PhoneNumberNormalizer::moduleName()));
        QVERIFY(!ModuleLoader::instance(KeychainTokenStore::moduleName()));
        QVERIFY(!ModuleLoader::instance(ExportArchive::moduleName()));
        QVERIFY(!ModuleLoader::instance(LoopbackReceiver::moduleName()));
        QVERIFY(!ModuleLoader::instance(QrCodeWidget::moduleName()));
    }

    void exportArchiveSaysItCannotBeOpened()
    {
        ExportArchive archive(QStringLiteral("export.zip"));
        QVERIFY(!archive.open());
        QVERIFY2(archive.errorString().contains(QLatin1String("missing its ZIP module")),
                 qPrintable(archive.errorString()));
        QVERIFY(archive.errorDetail().startsWith(QLatin1String("no ZIP module")));
    }

    void singleSignOnHasNoListener()
    {
        LoopbackReceiver receiver;
        QVERIFY(!receiver.listen());
        QVERIFY(!receiver.moduleProblem().isEmpty());
        QVERIFY(!receiver.isListening());
        QVERIFY(receiver.redirectUri().isEmpty());
    }

    void qrCodeIsNotMade()
    {
        QVERIFY(!QrCodeWidget::isAvailable());
        QrCodeWidget widget;
        QVERIFY(!widget.setText("otpauth://totp/x?secret=ABCD"));
        QVERIFY(widget.isEmpty());
    }

    // The sign-in's path when the keychain cannot be used: an error with the
    // no-keychain message, answered later (never inside the call), and not
    // at all once the context is gone.
    void keychainAnswersAsIfThereWereNone()
    {
        KeychainTokenStore store;
        std::optional<TokenStore::Result> written;
        store.write(QStringLiteral("refresh-token/test"), QStringLiteral("secret"), this,
                    [&](const TokenStore::Result &result) { written = result; });
        QVERIFY(!written);
        QTRY_VERIFY(written);
        QCOMPARE(written->status, TokenStore::Result::Status::Error);
        QCOMPARE(written->errorMessage,
                 QStringLiteral(
                     "No system keychain is available, so the sign-in cannot be remembered."));

        std::optional<TokenStore::Result> read;
        store.read(QStringLiteral("refresh-token/test"), this,
                   [&](const TokenStore::Result &result) { read = result; });
        QTRY_VERIFY(read);
        QCOMPARE(read->status, TokenStore::Result::Status::Error);
        QVERIFY(read->secret.isEmpty());

        bool answered = false;
        auto *context = new QObject;
        store.remove(QStringLiteral("refresh-token/test"), context,
                     [&](const TokenStore::Result &) { answered = true; });
        delete context;
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }

    void chartShowsItsFiguresAsText()
    {
        ActivityChart chart;
        QVERIFY(!chart.hasChart());
        const QDate first(2026, 11, 1);
        chart.setDays({{first, 3, 1}, {first.addDays(1), 4, 2}});
        auto *message = chart.findChild<QLabel *>();
        QVERIFY(message);
        QVERIFY2(message->text().contains(QLatin1String("charts module")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(chart.summary()), qPrintable(message->text()));
        QVERIFY(chart.summary().contains(QLatin1String("7 visits")));
        QCOMPARE(chart.axisLabels().size(), 2);
    }

    void phoneNumbersInInternationalFormAreTaken_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("spaces and dashes")
            << QStringLiteral("+62 812-3456-7890") << QStringLiteral("+6281234567890");
        QTest::newRow("brackets") << QStringLiteral("+49 (30) 1234 5678")
                                  << QStringLiteral("+493012345678");
    }

    void phoneNumbersInInternationalFormAreTaken()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        const auto result = PhoneNumberNormalizer::normalize(input, QStringLiteral("ID"));
        QVERIFY2(result.isValid(), qPrintable(result.problem));
        QCOMPARE(result.e164, e164);
    }

    void otherPhoneNumbersAskForTheCountryCode()
    {
        // A national number needs the country's rules, which the module has.
        auto result = PhoneNumberNormalizer::normalize(QStringLiteral("0812-3456-7890"),
                                                       QStringLiteral("ID"));
        QVERIFY(!result.isValid());
        QVERIFY2(result.problem.contains(QStringLiteral("“+” and the country code")),
                 qPrintable(result.problem));
        result = PhoneNumberNormalizer::normalize(QStringLiteral("+62 12"), QStringLiteral("ID"));
        QVERIFY(!result.isValid());
        QCOMPARE(result.problem, QStringLiteral("The phone number is too short."));
        result = PhoneNumberNormalizer::normalize(QStringLiteral("+62 1234 5678 9012 3456"),
                                                  QStringLiteral("ID"));
        QVERIFY(!result.isValid());
        QCOMPARE(result.problem, QStringLiteral("The phone number is too long."));
        result = PhoneNumberNormalizer::normalize(QStringLiteral("+62 812#3456"), {});
        QVERIFY(!result.isValid());
        QCOMPARE(result.problem, QStringLiteral("This is not a phone number."));
    }
};

QTEST_MAIN(TestModulesMissing)
#include "tst_gui_modules_missing.moc"
