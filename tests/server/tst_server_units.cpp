// Small server pieces from the security review (issue 10, item 15): CSV
// formula escaping and the PostgreSQL TLS policy.
#include "db/Database.h"
#include "requests/ExportFileWriter.h"

#include <QtTest>

using namespace pd;

class TstServerUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formulaSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-1+A1") << QStringLiteral("'-1+A1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("inside") << QStringLiteral("a=1") << QStringLiteral("a=1");
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaSafe()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ExportFileWriter::formulaSafe(text), expected);
    }

    void numbersAreNotEscaped()
    {
        QCOMPARE(ExportFileWriter::csvText(ExportColumnKind::Integer, QVariant(-5)),
                 QStringLiteral("-5"));
        QCOMPARE(ExportFileWriter::csvText(ExportColumnKind::Text, QStringLiteral("-5")),
                 QStringLiteral("'-5"));
    }

    void postgresOffThisMachineNeedsVerifiedTls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("options");
        const QString verify = QStringLiteral("sslmode=verify-full");
        QTest::newRow("loopback") << QStringLiteral("postgresql://u@127.0.0.1:5432/d") << QString();
        QTest::newRow("loopback v6") << QStringLiteral("postgresql://u@[::1]:5432/d") << QString();
        QTest::newRow("localhost") << QStringLiteral("postgresql://u@localhost/d") << QString();
        QTest::newRow("socket") << QStringLiteral("postgresql:///d") << QString();
        QTest::newRow("name") << QStringLiteral("postgresql://u@db.example.org/d") << verify;
        QTest::newRow("address") << QStringLiteral("postgresql://u@10.0.0.5/d") << verify;
        QTest::newRow("root certificate")
            << QStringLiteral("postgresql://u@db.example.org/d?sslrootcert=/etc/pd/ca.pem")
            << verify + QStringLiteral(";sslrootcert=/etc/pd/ca.pem");
    }

    void postgresOffThisMachineNeedsVerifiedTls()
    {
        QFETCH(QString, url);
        QFETCH(QString, options);
        QCOMPARE(Database::postgresOptions(QUrl(url)), options);
    }
};

QTEST_GUILESS_MAIN(TstServerUnits)
#include "tst_server_units.moc"
