#include "widgets/FieldFormat.h"

#include "common/DisplayText.h"

namespace pd {

QString FieldFormat::dateTime(const QDateTime &time, QLocale::FormatType format)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), format) : QString();
}

QString FieldFormat::date(const QDate &date, QLocale::FormatType format)
{
    return date.isValid() ? QLocale().toString(date, format) : QString();
}

QDateTime FieldFormat::parseApiDateTime(const QString &rfc3339)
{
    return QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
}

QString FieldFormat::apiDateTime(const QString &rfc3339, QLocale::FormatType format)
{
    const QDateTime time = parseApiDateTime(rfc3339);
    if (!rfc3339.isEmpty() && !time.isValid())
        return DisplayText::invalid();
    return dateTime(time, format);
}

QString FieldFormat::duration(qint64 seconds)
{
    const QLocale locale;
    if (seconds < 0)
        return DisplayText::invalid();
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    return tr("%1 h %2 min")
        .arg(locale.toString(seconds / 3600), locale.toString((seconds % 3600) / 60));
}

QString FieldFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace pd
