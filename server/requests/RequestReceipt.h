#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pd::server {

class ReceiptKey;
struct RequestRecord;

// The signed proof that a request ended (completed, rejected or cancelled):
// what was asked, when, and how it ended, with an export's archive checksum.
// The receipt is a canonical JSON text (docs/api/openapi.yaml, RequestReceipt)
// and the Ed25519 signature of exactly its bytes; a verifier checks the bytes
// as served and only then parses them, so nobody has to re-create them.
class RequestReceipt
{
public:
    static constexpr const char *kFormat = "privacy-dashboard-receipt/1";

    // The canonical text for `request`, whose API representation (with its
    // history) is `representation`; `issuer` is the API base URL.
    static QByteArray canonicalText(const RequestRecord &request, const QJsonObject &representation,
                                    const QString &issuer, const QString &kid);
    // {"receipt": text, "signature": base64url, "alg": "EdDSA", "kid": ...}
    static QJsonObject sign(const ReceiptKey &key, const RequestRecord &request,
                            const QJsonObject &representation, const QString &issuer);
};

} // namespace pd::server
