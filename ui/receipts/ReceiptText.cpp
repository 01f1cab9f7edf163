#include "receipts/ReceiptText.h"

#include "receipts/Receipt.h"
#include "requests/RequestRecord.h"
#include "requests/RequestText.h"
#include "widgets/FieldFormat.h"

#include <QLocale>

namespace pd {

namespace {

// A record with only what RequestText needs to name the type and outcome.
RequestRecord recordOf(const Receipt &receipt)
{
    RequestRecord record;
    record.id = receipt.requestId;
    record.type = receipt.type;
    record.status = receipt.outcome;
    return record;
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QList<ReceiptText::Field> ReceiptText::fields(const Receipt &receipt)
{
    const RequestRecord record = recordOf(receipt);
    QList<Field> fields{
        {tr("Request"), RequestText::type(record)},
        {tr("Outcome"), RequestText::status(record)},
        {tr("Reference"), receipt.requestId},
        {tr("Provider"), receipt.issuer},
        {tr("Received"), FieldFormat::dateTime(receipt.receivedAt, QLocale::LongFormat)},
        {tr("Legal deadline"), FieldFormat::dateTime(receipt.dueAt, QLocale::LongFormat)},
    };
    if (receipt.expectedBy.isValid() && receipt.expectedBy != receipt.dueAt)
        fields.append(
            {tr("Expected by"), FieldFormat::dateTime(receipt.expectedBy, QLocale::LongFormat)});
    fields.append({tr("Ended"), FieldFormat::dateTime(receipt.endedAt, QLocale::LongFormat)});
    if (!receipt.reasonCode.isEmpty())
        fields.append({tr("Refused because"),
                       QStringLiteral("%1 (%2)").arg(
                           RequestText::denialReason(denialReasonFromCode(receipt.reasonCode)),
                           receipt.reasonCode)});
    if (!receipt.archiveSha256.isEmpty())
        fields.append({tr("Archive SHA-256"), receipt.archiveSha256});
    if (receipt.archiveSizeBytes >= 0)
        fields.append({tr("Archive size"), QLocale().formattedDataSize(receipt.archiveSizeBytes)});
    fields.append({tr("Account"), receipt.accountId});
    fields.append({tr("Signed with key"), receipt.kid});
    fields.append({tr("Key fingerprint (SHA-256)"), receipt.keyFingerprint()});
    return fields;
}

QString ReceiptText::summary(const Receipt &receipt)
{
    const RequestRecord record = recordOf(receipt);
    return tr("%1 — %2 on %3")
        .arg(RequestText::type(record), RequestText::status(record),
             FieldFormat::date(receipt.endedAt.toLocalTime().date(), QLocale::LongFormat));
}

QString ReceiptText::document(const Receipt &receipt)
{
    QStringList lines{tr("Receipt for a personal data request"), QString()};
    for (const Field &field : fields(receipt))
        lines << field.first + QStringLiteral(": ") + field.second;
    lines << QString()
          << tr("The provider signed the text below with Ed25519. Anyone can check the "
                "signature with the public key, for example with OpenSSL: save the text exactly "
                "as it is (without a line break at the end), decode the signature and the key "
                "from base64url, and verify.")
          << QString() << tr("Signed text:") << QString::fromUtf8(receipt.text) << QString()
          << tr("Signature (Ed25519, base64url): %1").arg(base64Url(receipt.signature))
          << tr("Public key (Ed25519, base64url): %1").arg(base64Url(receipt.publicKey));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pd
