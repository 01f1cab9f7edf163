#include "auth/RandomToken.h"

#include <QList>
#include <QRandomGenerator>

#include <cstring>

namespace pd {

QByteArray RandomToken::base64Url(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw(bytes, Qt::Uninitialized);
    std::memcpy(raw.data(), words.constData(), size_t(bytes));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace pd
