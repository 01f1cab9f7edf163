// The rules of a profile correction: checking what was typed, the merge patch
// of only what changed, and folding a newer server copy into the user's edits.
#include "profile/ProfileEdit.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;
using Field = ProfileFields::Field;

namespace {

// JSON written with single quotes (fewer escapes in the tests).
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text).replace('\'', '"')).object();
}

QJsonObject serverProfile()
{
    return json(
        "{ "
        "'full_name': 'Ayu Lestari', 'email': 'ayu.lestari@example.id', 'email_verified': true, "
        "'mailing_address': {'line1': 'Jl. Sudirman No. 1', 'line2': null, 'city': 'Jakarta', "
        "'region': 'DKI Jakarta', 'postal_code': '10220', 'country': 'ID'}, "
        "'phone': '+6281234567890', 'website': null, 'updated_at': '2026-01-01T00:00:00Z'}");
}

// The patch patchHoldsOnlyChanges() expects.
QJsonObject expectedPatch()
{
    return json("{ "
                "'full_name': 'Ayu Lestari Putri', 'phone': null, 'website': 'https://a.id', "
                "'mailing_address': {'postal_code': '10110', 'region': null}}");
}

const QLocale kGerman(QLocale::German, QLocale::Germany);

} // namespace

class TestProfileEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheServerProfile()
    {
        const ProfileFields fields = ProfileFields::fromJson(serverProfile());
        QCOMPARE(fields.fullName, QStringLiteral("Ayu Lestari"));
        QCOMPARE(fields.city, QStringLiteral("Jakarta"));
        QCOMPARE(fields.line2, QString());
        QCOMPARE(fields.website, QString());
        QVERIFY(fields.hasAddress());
        QVERIFY(!ProfileFields::fromJson({}).hasAddress());
    }

    void unchangedProfileIsValidAndEmptyPatch()
    {
        const ProfileFields base = ProfileFields::fromJson(serverProfile());
        const auto checked = ProfileEdit::check(base, kGerman);
        QVERIFY2(checked.isValid(), qPrintable(checked.problem));
        QCOMPARE(checked.fields, base);
        QVERIFY(ProfileEdit::mergePatch(base, checked.fields).isEmpty());
    }

    void phoneUsesTheAddressCountry()
    {
        ProfileFields typed = ProfileFields::fromJson(serverProfile());
        typed.phone = QStringLiteral("0813-1111-2222");
        // The locale says Germany, the address Indonesia: Indonesia wins.
        const auto checked = ProfileEdit::check(typed, kGerman);
        QVERIFY2(checked.isValid(), qPrintable(checked.problem));
        QCOMPARE(checked.fields.phone, QStringLiteral("+6281311112222"));
        // Without an address, the locale's territory.
        typed = ProfileFields{};
        typed.fullName = QStringLiteral("A");
        typed.email = QStringLiteral("a@example.de");
        typed.phone = QStringLiteral("0151 12345678");
        QCOMPARE(ProfileEdit::check(typed, kGerman).fields.phone, QStringLiteral("+4915112345678"));
    }

    void problems_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << int(Field::FullName) << "  ";
        QTest::newRow("long name") << int(Field::FullName) << QString(201, u'a');
        QTest::newRow("empty email") << int(Field::Email) << "";
        QTest::newRow("bad email") << int(Field::Email) << "ayu@";
        QTest::newRow("bad phone") << int(Field::Phone) << "12";
        QTest::newRow("phone letters") << int(Field::Phone) << "call me";
        QTest::newRow("website without scheme") << int(Field::Website) << "example.id";
        QTest::newRow("ftp website") << int(Field::Website) << "ftp://example.id";
        QTest::newRow("website with user") << int(Field::Website) << "https://u:p@example.id";
        QTest::newRow("website with space") << int(Field::Website) << "https://exa mple.id";
        QTest::newRow("address without line1") << int(Field::Line1) << "";
        QTest::newRow("address without city") << int(Field::City) << "";
        QTest::newRow("address without country") << int(Field::Country) << "";
        QTest::newRow("unknown country") << int(Field::Country) << "XX";
        QTest::newRow("long postal code") << int(Field::PostalCode) << QString(21, u'1');
        QTest::newRow("long region") << int(Field::Region) << QString(101, u'r');
    }
    void problems()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        ProfileFields typed = ProfileFields::fromJson(serverProfile());
        typed.setValue(Field(field), value);
        const auto checked = ProfileEdit::check(typed, kGerman);
        QVERIFY(!checked.isValid());
        QVERIFY(checked.field.has_value());
        QCOMPARE(int(*checked.field), field);
    }

    void validWebsitesAndNoAddress()
    {
        ProfileFields typed = ProfileFields::fromJson(serverProfile());
        typed.website = QStringLiteral("https://ayu.example.id/about");
        QVERIFY(ProfileEdit::check(typed, kGerman).isValid());
        typed.website = QStringLiteral("http://example.id");
        QVERIFY(ProfileEdit::check(typed, kGerman).isValid());
        // Every address field cleared: no address, which is allowed.
        for (const Field field : ProfileFields::all()) {
            if (ProfileFields::isAddressField(field))
                typed.setValue(field, QString());
        }
        QVERIFY(ProfileEdit::check(typed, kGerman).isValid());
        // Country codes are taken in any case.
        typed = ProfileFields::fromJson(serverProfile());
        typed.country = QStringLiteral("de");
        QCOMPARE(ProfileEdit::check(typed, kGerman).fields.country, QStringLiteral("DE"));
    }

    void patchHoldsOnlyChanges()
    {
        const ProfileFields base = ProfileFields::fromJson(serverProfile());
        ProfileFields after = base;
        after.fullName = QStringLiteral("Ayu Lestari Putri");
        after.phone = QString();                        // cleared: null
        after.website = QStringLiteral("https://a.id"); // set
        after.postalCode = QStringLiteral("10110");
        after.region = QString(); // cleared: null inside the address
        const QJsonObject patch = ProfileEdit::mergePatch(base, after);
        QCOMPARE(patch, expectedPatch());
        QCOMPARE(ProfileEdit::changes(base, after),
                 (QList<Field>{Field::FullName, Field::Region, Field::PostalCode, Field::Phone,
                               Field::Website}));
    }

    void emailCaseIsNoChange()
    {
        const ProfileFields base = ProfileFields::fromJson(serverProfile());
        ProfileFields after = base;
        after.email = QStringLiteral("Ayu.Lestari@Example.ID");
        QVERIFY(ProfileEdit::mergePatch(base, after).isEmpty());
        after.email = QStringLiteral("ayu@example.id");
        QCOMPARE(ProfileEdit::mergePatch(base, after),
                 (QJsonObject{{QStringLiteral("email"), QStringLiteral("ayu@example.id")}}));
    }

    void addressAddedWholeRemovedAsNull()
    {
        ProfileFields before = ProfileFields::fromJson(serverProfile());
        ProfileFields after = before;
        for (const Field field : ProfileFields::all()) {
            if (ProfileFields::isAddressField(field))
                after.setValue(field, QString());
        }
        QCOMPARE(ProfileEdit::mergePatch(before, after),
                 (QJsonObject{{QStringLiteral("mailing_address"), QJsonValue::Null}}));
        // Back again: the new address is sent whole, empty members left out.
        const QJsonObject added = ProfileEdit::mergePatch(after, before);
        QCOMPARE(added,
                 json("{'mailing_address': { "
                      "'line1': 'Jl. Sudirman No. 1', 'city': 'Jakarta', 'region': 'DKI Jakarta', "
                      "'postal_code': '10220', 'country': 'ID'}}"));
    }

    void rebaseTakesOverUntouchedAndFlagsConflicts()
    {
        const ProfileFields oldBase = ProfileFields::fromJson(serverProfile());
        ProfileFields newBase = oldBase;
        newBase.city = QStringLiteral("Bandung");         // changed elsewhere only
        newBase.fullName = QStringLiteral("Ayu L.");      // changed on both sides
        newBase.phone = QStringLiteral("+6281311112222"); // changed on both, the same way
        ProfileFields edited = oldBase;
        edited.fullName = QStringLiteral("Ayu Lestari Putri");
        edited.phone = QStringLiteral("+6281311112222");
        edited.website = QStringLiteral("https://a.id"); // changed here only

        const auto rebased = ProfileEdit::rebase(oldBase, newBase, edited);
        QCOMPARE(rebased.changedElsewhere, QList<Field>{Field::City});
        QCOMPARE(rebased.conflicts, QList<Field>{Field::FullName});
        QCOMPARE(rebased.fields.city, QStringLiteral("Bandung"));
        QCOMPARE(rebased.fields.fullName, QStringLiteral("Ayu Lestari Putri"));
        QCOMPARE(rebased.fields.website, QStringLiteral("https://a.id"));
        // Re-applied on the new copy, only the user's own changes remain.
        QCOMPARE(ProfileEdit::changes(newBase, rebased.fields),
                 (QList<Field>{Field::FullName, Field::Website}));
    }
};

QTEST_GUILESS_MAIN(TestProfileEdit)
#include "tst_profile_edit.moc"
