#include "widgets/BillingCardsView.h"

#include "widgets/PlainTextLabel.h"
#include "widgets/ReadOnlyTable.h"

#include <QDate>
#include <QLocale>
#include <QVBoxLayout>

namespace pd {

BillingCardsView::BillingCardsView(QWidget *parent)
    : QWidget(parent)
    , m_table(new ReadOnlyTable({tr("Card"), tr("Number"), tr("Expires"), tr("Name on card")},
                                tr("Payment cards"), this))
    , m_message(new PlainTextLabel(QString(), tr("Payment cards"), this))
{
    m_table->setStretchColumn(3);
    m_table->setFitToRows(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    setMessage(tr("Loading…"));
}

QString BillingCardsView::brandName(const QString &brand)
{
    if (brand == QLatin1String("visa"))
        return tr("Visa");
    if (brand == QLatin1String("mastercard"))
        return tr("Mastercard");
    if (brand == QLatin1String("amex"))
        return tr("American Express");
    if (brand == QLatin1String("discover"))
        return tr("Discover");
    if (brand == QLatin1String("diners"))
        return tr("Diners Club");
    if (brand == QLatin1String("jcb"))
        return tr("JCB");
    if (brand == QLatin1String("unionpay"))
        return tr("UnionPay");
    return tr("Other card");
}

void BillingCardsView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_table->hide();
}

void BillingCardsView::setCards(const QList<PaymentCard> &cards)
{
    m_table->clearRows();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (const PaymentCard &card : cards) {
        const QDate expiry(card.expiryYear, card.expiryMonth, 1);
        QString expires = locale.toString(expiry, QStringLiteral("MMMM yyyy"));
        if (expiry.addMonths(1) <= today)
            expires = tr("%1 (expired)").arg(expires);
        m_table->addRow({brandName(card.brand), tr("•••• %1", "masked card number").arg(card.last4),
                         expires, card.holderName});
    }
    if (cards.isEmpty()) {
        setMessage(tr("No payment card is stored for your account."));
    } else {
        m_message->hide();
        m_table->show();
    }
}

} // namespace pd
