#include "receipts/Receipt.h"

#include "receipts/Ed25519Signature.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace pd {

namespace {

// A receipt is a few hundred bytes; a file much larger is not one.
constexpr qsizetype kMaxFileBytes = 64 * 1024;

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromBase64Url(const QJsonValue &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded)
        return std::nullopt;
    return *decoded;
}

QDateTime apiTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

std::optional<Receipt> Receipt::fromText(const QByteArray &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    const QJsonObject json = document.object();
    if (!document.isObject() ||
        json.value(QLatin1String("format")).toString() != QLatin1String(kReceiptFormat)) {
        *error = QStringLiteral("not a receipt of format %1").arg(QLatin1String(kReceiptFormat));
        return std::nullopt;
    }
    Receipt receipt;
    receipt.text = text;
    receipt.kid = json.value(QLatin1String("kid")).toString();
    receipt.issuer = json.value(QLatin1String("issuer")).toString();
    receipt.requestId = json.value(QLatin1String("request_id")).toString();
    receipt.accountId = json.value(QLatin1String("account_id")).toString();
    receipt.type = json.value(QLatin1String("type")).toString();
    receipt.outcome = json.value(QLatin1String("outcome")).toString();
    receipt.reasonCode = json.value(QLatin1String("reason_code")).toString();
    receipt.archiveSha256 = json.value(QLatin1String("archive_sha256")).toString();
    const QJsonValue size = json.value(QLatin1String("archive_size_bytes"));
    receipt.archiveSizeBytes = size.isDouble() ? size.toInteger(-1) : -1;
    receipt.receivedAt = apiTime(json.value(QLatin1String("received_at")));
    receipt.dueAt = apiTime(json.value(QLatin1String("due_at")));
    receipt.expectedBy = apiTime(json.value(QLatin1String("expected_by")));
    receipt.endedAt = apiTime(json.value(QLatin1String("ended_at")));
    if (receipt.requestId.isEmpty() || receipt.type.isEmpty() || receipt.outcome.isEmpty() ||
        receipt.kid.isEmpty() || !receipt.endedAt.isValid()) {
        *error = QStringLiteral("the receipt lacks its request, type, outcome, key or end date");
        return std::nullopt;
    }
    return receipt;
}

std::optional<Receipt> Receipt::fromFile(const QByteArray &file, QString *error)
{
    if (file.size() > kMaxFileBytes) {
        *error = QStringLiteral("too large for a receipt file");
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file).object();
    if (json.value(QLatin1String("format")).toString() != QLatin1String(kFileFormat)) {
        *error = QStringLiteral("not a receipt file");
        return std::nullopt;
    }
    std::optional<Receipt> receipt =
        fromText(json.value(QLatin1String("receipt")).toString().toUtf8(), error);
    if (!receipt)
        return std::nullopt;
    const auto signature = fromBase64Url(json.value(QLatin1String("signature")));
    const auto publicKey =
        fromBase64Url(json.value(QLatin1String("public_key")).toObject().value(QLatin1String("x")));
    if (!signature || !publicKey) {
        *error = QStringLiteral("the receipt file lacks its signature or key");
        return std::nullopt;
    }
    receipt->signature = *signature;
    receipt->publicKey = *publicKey;
    return receipt;
}

QByteArray Receipt::toFile() const
{
    const QJsonObject file{
        {QStringLiteral("format"), QLatin1String(kFileFormat)},
        // The bytes that were signed, kept as they came: parsing and
        // writing them again could change them.
        {QStringLiteral("receipt"), QString::fromUtf8(text)},
        {QStringLiteral("signature"), base64Url(signature)},
        {QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("kid"), kid},
        {QStringLiteral("public_key"),
         QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                     {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                     {QStringLiteral("x"), base64Url(publicKey)},
                     {QStringLiteral("kid"), kid}}},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

bool Receipt::isSignatureValid() const
{
    return Ed25519Signature::verify(publicKey, text, signature) == Ed25519Signature::Check::Valid;
}

QString Receipt::keyFingerprint() const
{
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 4)
        groups << hex.mid(at, 4);
    return groups.join(QLatin1Char(' '));
}

} // namespace pd
