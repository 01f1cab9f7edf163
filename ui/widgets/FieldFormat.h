#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pd {

// How the UI writes times, durations and numbers: always through QLocale,
// always in the user's time zone.
class FieldFormat
{
    Q_DECLARE_TR_FUNCTIONS(pd::FieldFormat)
public:
    static QString dateTime(const QDateTime &time,
                            QLocale::FormatType format = QLocale::ShortFormat);
    static QString date(const QDate &date, QLocale::FormatType format = QLocale::ShortFormat);
    // An API timestamp (RFC 3339, UTC) in local time; empty when there is
    // none, DisplayText::invalid() when it is not one.
    static QString apiDateTime(const QString &rfc3339,
                               QLocale::FormatType format = QLocale::ShortFormat);
    static QDateTime parseApiDateTime(const QString &rfc3339);
    // "1 h 5 min", "3 min 20 s", "45 s".
    static QString duration(qint64 seconds);
    static QString number(qint64 value);
};

} // namespace pd
