#include "PolicyStatements.h"

namespace pd::server {

QString PolicyStatements::googleLimitedUse()
{
    return QStringLiteral(
        "As for the Google API Services, the use and transfer of Information received from Google "
        "APIs within our Product and Services will adhere to the Google API Services User Data "
        "Policy, including the Limited Use requirements. We assure you that every data you provide "
        "to Google OAuth and Google API Services will only be used for the purpose of service "
        "provision.");
}

QString PolicyStatements::sharing()
{
    return QStringLiteral("Other than the above scenarios, we strictly do not share, rent, sell, "
                          "utilise or disclose your Personal and Service Data to anyone.");
}

QString PolicyStatements::dataLocation()
{
    return QStringLiteral(
        "Your data may be stored in our main server in Republic of Indonesia or other servers "
        "located in any other country, depending on decisions made by us, our storage providers "
        "or you. For on-premise Services you may choose your own server/hosting providers based "
        "on our recommendation; in these circumstances we do not hold responsibility over the "
        "data stored in these servers/hosting providers.");
}

QString PolicyStatements::administrativeMessages()
{
    return QStringLiteral(
        "These choices only cover marketing messages. Even when every channel is switched off we "
        "may still send you important administrative messages, such as notices about your "
        "account, its security, billing, your requests and changes to this Privacy Policy.");
}

} // namespace pd::server
