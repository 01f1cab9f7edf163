// The server's mail pieces without a server: the RFC 5322 text (no header
// injection, encoded subjects, no lone dots) and maildir delivery.
#include "kernel/Clock.h"
#include "mail/MailMessage.h"
#include "mail/MaildirMailSink.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::server;

class TstMailUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageIsRfc5322()
    {
        const MailMessage message{QStringLiteral("privacy@example.org"),
                                  QStringLiteral("someone@example.net"),
                                  QStringLiteral("Kode konfirmasi Anda: 123456 ✓"),
                                  QStringLiteral("Line one\n.\nLine three")};
        const QByteArray text = message.toRfc5322(
            QDateTime(QDate(2026, 12, 2), QTime(1, 2, 3), Qt::UTC), QStringLiteral("host"));
        QVERIFY(text.contains("\r\nDate: Wed, 02 Dec 2026 01:02:03 +0000\r\n") ||
                text.startsWith("Date: Wed, 02 Dec 2026 01:02:03 +0000\r\n"));
        QVERIFY(text.contains("\r\nTo: someone@example.net\r\n"));
        QVERIFY(text.contains("\r\nSubject: =?UTF-8?B?"));
        QVERIFY(text.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(text.contains("@host>\r\n"));
        const QByteArray body = text.mid(text.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body, QByteArray("Line one\r\n .\r\nLine three\r\n"));
    }

    void headersCannotBeInjected()
    {
        const MailMessage message{QStringLiteral("a@example.org"),
                                  QStringLiteral("b@example.org\r\nBcc: c@example.org"),
                                  QStringLiteral("Hi\nBcc: d@example.org"), QStringLiteral("x")};
        const QByteArray text =
            message.toRfc5322(QDateTime::currentDateTimeUtc(), QStringLiteral("host"));
        const QByteArray headers = text.left(text.indexOf("\r\n\r\n"));
        for (const QByteArray &line : headers.split('\n'))
            QVERIFY2(!line.startsWith("Bcc:"), line.constData());
    }

    void maildirDeliversAtomicallyAndPrivately()
    {
        QTemporaryDir dir;
        const SystemClock clock;
        MaildirMailSink sink(dir.filePath(QStringLiteral("mail")), clock);
        QString error;
        QVERIFY2(sink.prepare(&error), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(sink.send({QStringLiteral("a@example.org"), QStringLiteral("b@example.org"),
                                QStringLiteral("Code"), QStringLiteral("123456")},
                               &error),
                     qPrintable(error));
        }
        const QDir root(sink.directory());
        QCOMPARE(root.entryList({QStringLiteral("*")}, QDir::Files, QDir::Name).size(), 0);
        QVERIFY(QDir(root.filePath(QStringLiteral("tmp"))).entryList(QDir::Files).isEmpty());
        const QStringList delivered =
            QDir(root.filePath(QStringLiteral("new"))).entryList(QDir::Files);
        QCOMPARE(delivered.size(), 3);
        for (const QString &name : delivered) {
            const QFile::Permissions permissions =
                QFile::permissions(root.filePath(QStringLiteral("new/") + name));
            QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                     QFile::WriteOther)));
        }
        QCOMPARE(QFile::permissions(root.absolutePath()) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TstMailUnits)
#include "tst_mail_units.moc"
