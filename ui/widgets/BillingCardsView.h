#pragma once

#include "account/PersonalData.h"

#include <QWidget>

namespace pd {

class PlainTextLabel;
class ReadOnlyTable;

// The payment cards on file (PersonalData), masked as the server sends them:
// brand, "•••• 4242", expiry (marked when past), holder. Never a full number.
class BillingCardsView : public QWidget
{
    Q_OBJECT
public:
    explicit BillingCardsView(QWidget *parent = nullptr);

    void setCards(const QList<PaymentCard> &cards);
    // Shown instead of the table (loading, or why the cards are missing).
    void setMessage(const QString &message);
    ReadOnlyTable *table() const { return m_table; }
    static QString brandName(const QString &brand);

private:
    ReadOnlyTable *m_table;
    PlainTextLabel *m_message;
};

} // namespace pd
