#include "profile/EmailAddress.h"

#include <QRegularExpression>

namespace pd {

bool EmailAddress::isValid(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                       "(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(address).hasMatch();
}

} // namespace pd
