#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSsl>
#include <QString>

namespace pd {

// The last few API calls, for support staff: the X-Request-ID each one sent
// (so the server's logs can be searched for it), its method, its path with
// identifiers replaced by "{id}", and the final HTTP status. Never the query,
// a body or a header: those can carry personal data and tokens. Also the TLS
// protocol and cipher of the newest encrypted reply. Bounded; not
// thread-safe (it lives with its ApiClient).
class RequestRecorder
{
public:
    struct Entry {
        QString requestId;
        QByteArray method;
        QString pathTemplate;
        int httpStatus = 0; // 0: no HTTP answer (network, TLS or timeout error)
        QDateTime finishedAt;
    };

    static constexpr int kDefaultCapacity = 10;

    explicit RequestRecorder(int capacity = kDefaultCapacity);

    void record(const QString &requestId, const QByteArray &method, const QString &path,
                int httpStatus);
    void recordTls(QSsl::SslProtocol protocol, const QString &cipher);

    // Newest first.
    QList<Entry> entries() const;
    // UnknownProtocol until an encrypted reply came.
    QSsl::SslProtocol lastTlsProtocol() const { return m_tlsProtocol; }
    QString lastTlsCipher() const { return m_tlsCipher; }
    int capacity() const { return m_capacity; }

    // "/requests/8c1f…/cancel?x=1" → "/requests/{id}/cancel": keeps only
    // segments that read as API words (lower-case words joined by hyphens).
    static QString pathTemplate(const QString &path);

private:
    QList<Entry> m_entries; // oldest first
    QSsl::SslProtocol m_tlsProtocol = QSsl::UnknownProtocol;
    QString m_tlsCipher;
    int m_capacity;
};

} // namespace pd
