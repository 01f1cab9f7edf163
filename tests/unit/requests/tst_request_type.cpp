#include "requests/RequestType.h"

#include <QSet>
#include <QTest>

using namespace pd;

class TestRequestType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeRoundTripsThroughItsWireName()
    {
        const QList<RequestType> types = allRequestTypes();
        QCOMPARE(types.size(), 8);
        QSet<QString> names;
        for (const RequestType type : types) {
            const QString name = toWireName(type);
            QVERIFY(!name.isEmpty());
            names.insert(name);
            QCOMPARE(requestTypeFromWireName(name), std::optional<RequestType>(type));
            QVERIFY(isRequestType(name, type));
        }
        QCOMPARE(names.size(), types.size());
    }

    void theWireNamesAreTheContracts()
    {
        QCOMPARE(toWireName(RequestType::Edit), QStringLiteral("edit"));
        QCOMPARE(toWireName(RequestType::Export), QStringLiteral("export"));
        QCOMPARE(toWireName(RequestType::Delete), QStringLiteral("delete"));
        QCOMPARE(toWireName(RequestType::Unsubscribe), QStringLiteral("unsubscribe"));
        QCOMPARE(toWireName(RequestType::Restrict), QStringLiteral("restrict"));
        QCOMPARE(toWireName(RequestType::Object), QStringLiteral("object"));
        QCOMPARE(toWireName(RequestType::GuardianRemoval), QStringLiteral("guardian_removal"));
        QCOMPARE(toWireName(RequestType::SecurityReport), QStringLiteral("security_report"));
    }

    void anUnknownNameIsNoType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("newer server's type") << QStringLiteral("portability_transfer");
        QTest::newRow("empty") << QString();
        QTest::newRow("case differs") << QStringLiteral("Export");
        QTest::newRow("menu entry, not a type") << QStringLiteral("other");
    }
    void anUnknownNameIsNoType()
    {
        QFETCH(QString, name);
        QCOMPARE(requestTypeFromWireName(name), std::nullopt);
        for (const RequestType type : allRequestTypes())
            QVERIFY(!isRequestType(name, type));
    }
};

QTEST_GUILESS_MAIN(TestRequestType)
#include "tst_request_type.moc"
