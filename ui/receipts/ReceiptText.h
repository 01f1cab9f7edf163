#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace pd {

struct Receipt;

// How a signed receipt reads to users, translated: its fields for a dialog,
// one line for a list, and a plain-text document to hand to a regulator.
// Every value from the receipt is plain text.
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(pd::ReceiptText)
public:
    using Field = QPair<QString, QString>; // name, value

    static QList<Field> fields(const Receipt &receipt);
    // "Export of your data — completed on 3 December 2026"
    static QString summary(const Receipt &receipt);
    // The fields, then the signed text, signature and key exactly as they
    // are, and how anyone can check them.
    static QString document(const Receipt &receipt);
};

} // namespace pd
