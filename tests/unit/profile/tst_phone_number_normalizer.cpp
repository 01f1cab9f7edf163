// Phone numbers as people type them, to the E.164 form the API stores.
#include "profile/PhoneNumberNormalizer.h"

#include <QTest>

using namespace pd;

class TestPhoneNumberNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        // Indonesian mobile and landline numbers, written the local way
        // (trunk prefix 0) and the international way.
        QTest::newRow("ID mobile, dashes") << "0812-3456-7890"
                                           << "ID"
                                           << "+6281234567890";
        QTest::newRow("ID mobile, plain") << "081234567890"
                                          << "ID"
                                          << "+6281234567890";
        QTest::newRow("ID mobile, +62") << "+62 812 3456 7890"
                                        << "ID"
                                        << "+6281234567890";
        QTest::newRow("ID Jakarta, +62 spaced") << "+62 21 5795 1234"
                                                << "ID"
                                                << "+622157951234";
        QTest::newRow("ID Jakarta, brackets") << "(021) 5795 1234"
                                              << "ID"
                                              << "+622157951234";
        QTest::newRow("ID Jakarta, dots") << "021.5795.1234"
                                          << "ID"
                                          << "+622157951234";
        // "+" ignores the default region, whatever it is.
        QTest::newRow("+62 from DE") << "+62 812-3456-7890"
                                     << "DE"
                                     << "+6281234567890";
        QTest::newRow("+62 without region") << "+6281234567890"
                                            << ""
                                            << "+6281234567890";
        // The international call prefix of the region (00 in Germany).
        QTest::newRow("DE 00 prefix") << "0049 151 12345678"
                                      << "DE"
                                      << "+4915112345678";
        QTest::newRow("DE mobile") << "0151 12345678"
                                   << "DE"
                                   << "+4915112345678";
        QTest::newRow("US") << "(202) 555-0143"
                            << "US"
                            << "+12025550143";
        QTest::newRow("GB") << "020 7946 0958"
                            << "GB"
                            << "+442079460958";
        QTest::newRow("surrounding spaces") << "  0812 3456 7890 "
                                            << "ID"
                                            << "+6281234567890";
    }
    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        const auto result = PhoneNumberNormalizer::normalize(input, region);
        QVERIFY2(result.isValid(), qPrintable(result.problem));
        QCOMPARE(result.e164, e164);
        QVERIFY(result.problem.isEmpty());
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::newRow("empty") << ""
                               << "ID";
        QTest::newRow("blank") << "   "
                               << "ID";
        QTest::newRow("letters") << "0812-CALL-NOW"
                                 << "ID";
        QTest::newRow("too short") << "12"
                                   << "ID";
        QTest::newRow("too long") << "0812 3456 7890 1234 5678"
                                  << "ID";
        QTest::newRow("not a valid ID range") << "0912 3456 7890"
                                              << "ID";
        QTest::newRow("local without region") << "0812-3456-7890"
                                              << "";
        QTest::newRow("unknown region code") << "0812-3456-7890"
                                             << "ZZ";
        QTest::newRow("lower-case region is not a code") << "0812-3456-7890"
                                                         << "id";
        QTest::newRow("no such country code") << "+999 1234 5678"
                                              << "ID";
        QTest::newRow("punctuation only") << "---"
                                          << "ID";
    }
    void invalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        const auto result = PhoneNumberNormalizer::normalize(input, region);
        QVERIFY(!result.isValid());
        QVERIFY(result.e164.isEmpty());
        QVERIFY(!result.problem.isEmpty());
    }

    void localNumberWithoutRegionAsksForCountryCode()
    {
        const auto result = PhoneNumberNormalizer::normalize(QStringLiteral("0812-3456-7890"), {});
        QVERIFY(result.problem.contains(QStringLiteral("+62")));
    }

    void invalidNumberNamesTheCountry()
    {
        const auto result = PhoneNumberNormalizer::normalize(QStringLiteral("0912 3456 7890"),
                                                             QStringLiteral("ID"));
        QVERIFY2(result.problem.contains(QStringLiteral("Indonesia")), qPrintable(result.problem));
    }

    void defaultRegionPrefersTheAddressCountry()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(PhoneNumberNormalizer::defaultRegion(QStringLiteral("ID"), german),
                 QStringLiteral("ID"));
        QCOMPARE(PhoneNumberNormalizer::defaultRegion(QStringLiteral(" id "), german),
                 QStringLiteral("ID"));
        // No (usable) address country: the locale's territory.
        QCOMPARE(PhoneNumberNormalizer::defaultRegion(QString(), german), QStringLiteral("DE"));
        QCOMPARE(PhoneNumberNormalizer::defaultRegion(QStringLiteral("Indonesia"), german),
                 QStringLiteral("DE"));
        const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
        QCOMPARE(PhoneNumberNormalizer::defaultRegion(QString(), indonesian), QStringLiteral("ID"));
        // The C locale has no territory: no default region.
        QCOMPARE(PhoneNumberNormalizer::defaultRegion(QString(), QLocale::c()), QString());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberNormalizer)
#include "tst_phone_number_normalizer.moc"
