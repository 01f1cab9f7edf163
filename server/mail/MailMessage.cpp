#include "MailMessage.h"

#include <QLocale>
#include <QRandomGenerator>

namespace pd::server {

namespace {

// Header values come from the server's own text and validated addresses, but
// a stray CR or LF would start a new header: fold them away.
QByteArray headerText(const QString &value)
{
    QString clean = value;
    clean.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray utf8 = clean.toUtf8();
    const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray crlfBody(const QString &body)
{
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n").replace('\r', '\n');
    QByteArray out;
    for (const QByteArray &line : text.split('\n')) {
        // SMTP ends the data at a lone "." line: keep a leading dot doubled
        // out of the way by prefixing a space (plain text, no quoting rules).
        out += line.startsWith('.') ? ' ' + line : line;
        out += "\r\n";
    }
    return out;
}

} // namespace

QByteArray MailMessage::toRfc5322(const QDateTime &date, const QString &messageIdDomain) const
{
    const QByteArray id = QByteArray::number(QRandomGenerator::system()->generate64(), 16) + '.' +
                          QByteArray::number(date.toMSecsSinceEpoch());
    QByteArray message;
    message += "Date: " +
               QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss +0000").toLatin1() +
               "\r\n";
    message += "From: " + headerText(from) + "\r\n";
    message += "To: " + headerText(to) + "\r\n";
    message += "Subject: " + headerText(subject) + "\r\n";
    message += "Message-ID: <" + id + '@' + headerText(messageIdDomain) + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\n";
    message += "Content-Transfer-Encoding: 8bit\r\n";
    message += "\r\n";
    message += crlfBody(body);
    return message;
}

} // namespace pd::server
