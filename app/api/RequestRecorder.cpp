#include "api/RequestRecorder.h"

#include <QRegularExpression>

#include <algorithm>

namespace pd {

RequestRecorder::RequestRecorder(int capacity)
    : m_capacity(std::max(1, capacity))
{}

void RequestRecorder::record(const QString &requestId, const QByteArray &method,
                             const QString &path, int httpStatus)
{
    m_entries.append({requestId, method.toUpper(), pathTemplate(path), httpStatus,
                      QDateTime::currentDateTimeUtc()});
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

void RequestRecorder::recordTls(QSsl::SslProtocol protocol, const QString &cipher)
{
    m_tlsProtocol = protocol;
    m_tlsCipher = cipher;
}

QList<RequestRecorder::Entry> RequestRecorder::entries() const
{
    QList<Entry> newestFirst(m_entries.crbegin(), m_entries.crend());
    return newestFirst;
}

QString RequestRecorder::pathTemplate(const QString &path)
{
    // Identifiers (UUIDs, numbers, cookie names, anything the server made up)
    // are replaced, whatever they look like: only the fixed words of the API
    // survive.
    static const QRegularExpression word(QStringLiteral("^\\.?[a-z]+(-[a-z]+)*$"));
    QString withoutQuery = path.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    QStringList segments = withoutQuery.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        if (!segment.isEmpty() && !word.match(segment).hasMatch())
            segment = QStringLiteral("{id}");
    }
    return segments.join(QLatin1Char('/'));
}

} // namespace pd
