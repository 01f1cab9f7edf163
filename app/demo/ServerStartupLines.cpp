#include "demo/ServerStartupLines.h"

namespace pd {

namespace {
const QString kListening = QStringLiteral("listening: ");
const QString kCaCertificate = QStringLiteral("ca-certificate: ");
const QString kDemoAccount = QStringLiteral("demo-account: ");
} // namespace

bool ServerStartupLines::read(const QString &rawLine)
{
    const QString line = rawLine.trimmed();
    if (line.startsWith(kListening)) {
        origin = QUrl(line.mid(kListening.size()));
        return true;
    }
    if (line.startsWith(kCaCertificate)) {
        caPath = line.mid(kCaCertificate.size());
        return true;
    }
    if (!line.startsWith(kDemoAccount))
        return false;
    Account account;
    for (const QString &field :
         line.mid(kDemoAccount.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QStringView key = QStringView(field).left(eq);
        const QString value = field.mid(eq + 1);
        if (key == u"email")
            account.email = value;
        else if (key == u"password")
            account.password = value;
        else if (key == u"totp-secret")
            account.totpSecret = value;
    }
    accounts.append(account);
    return true;
}

} // namespace pd
