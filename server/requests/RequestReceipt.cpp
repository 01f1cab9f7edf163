#include "RequestReceipt.h"

#include "RequestStore.h"
#include "kernel/ReceiptKey.h"

#include <QJsonDocument>

namespace pd::server {

namespace {

QJsonValue stringOrNull(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() ? value : QJsonValue();
}

} // namespace

QByteArray RequestReceipt::canonicalText(const RequestRecord &request,
                                         const QJsonObject &representation, const QString &issuer,
                                         const QString &kid)
{
    const bool completed = request.status == QLatin1String("completed");
    const QJsonObject result = completed ? request.result.toObject() : QJsonObject();
    const QJsonValue size = result.value(QStringLiteral("size_bytes"));
    // QJsonObject keeps its keys in ascending order and the compact form has
    // no whitespace: the canonical form the contract describes. Every value
    // is a string, an integer or null, so no number formatting is involved.
    const QJsonObject receipt{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("kid"), kid},
        {QStringLiteral("request_id"), request.id},
        {QStringLiteral("account_id"), request.accountId},
        {QStringLiteral("type"), request.type},
        {QStringLiteral("outcome"), request.status},
        {QStringLiteral("received_at"), representation.value(QStringLiteral("created_at"))},
        {QStringLiteral("due_at"), representation.value(QStringLiteral("due_at"))},
        {QStringLiteral("expected_by"),
         stringOrNull(representation.value(QStringLiteral("expected_by")))},
        {QStringLiteral("ended_at"), representation.value(QStringLiteral("updated_at"))},
        {QStringLiteral("reason_code"), stringOrNull(representation.value(QStringLiteral("denial"))
                                                         .toObject()
                                                         .value(QStringLiteral("reason_code")))},
        {QStringLiteral("archive_sha256"), stringOrNull(result.value(QStringLiteral("sha256")))},
        {QStringLiteral("archive_size_bytes"),
         size.isDouble() ? QJsonValue(size.toInteger()) : QJsonValue()},
    };
    return QJsonDocument(receipt).toJson(QJsonDocument::Compact);
}

QJsonObject RequestReceipt::sign(const ReceiptKey &key, const RequestRecord &request,
                                 const QJsonObject &representation, const QString &issuer)
{
    const QByteArray text = canonicalText(request, representation, issuer, key.kid());
    return QJsonObject{
        {QStringLiteral("receipt"), QString::fromUtf8(text)},
        {QStringLiteral("signature"),
         QString::fromLatin1(key.sign(text).toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals))},
        {QStringLiteral("alg"), QStringLiteral("EdDSA")},
        {QStringLiteral("kid"), key.kid()},
    };
}

} // namespace pd::server
