#include "core/TotpCode.h"

#include <QMessageAuthenticationCode>

namespace pd {

std::optional<QByteArray> TotpCode::decodeBase32(const QString &text)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('=') || c.isSpace() || c == QLatin1Char('-'))
            continue;
        const qsizetype value = QString(alphabet).indexOf(c.toUpper());
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

std::optional<QString> TotpCode::at(const QString &base32Secret, qint64 unixSeconds)
{
    const auto key = decodeBase32(base32Secret);
    if (!key)
        return std::nullopt;
    quint64 counter = quint64(unixSeconds / kStepSeconds);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray hash =
        QMessageAuthenticationCode::hash(message, *key, QCryptographicHash::Sha1);
    const int offset = hash.at(hash.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(hash.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(hash.at(offset + 1))) << 16) |
                           (quint32(quint8(hash.at(offset + 2))) << 8) |
                           quint32(quint8(hash.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace pd
