// An installation without its modules (core/ModuleLoader.h): ctest points
// $PD_MODULE_DIR at a folder that does not exist, and nothing is beside this
// binary. The chart says why it is missing and shows its figures as text;
// phone numbers written with "+" and the country code are still taken.
#include "core/ModuleLoader.h"
#include "profile/PhoneNumberNormalizer.h"
#include "widgets/ActivityChart.h"

#include <QLabel>
#include <QTest>

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
