#include "widgets/SummaryCard.h"

#include "widgets/PlainTextLabel.h"

#include <QVBoxLayout>

namespace pd {

SummaryCard::SummaryCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_value(new PlainTextLabel(this))
    , m_detail(new PlainTextLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(title);
    m_title->setWordWrap(true);
    QFont valueFont = m_value->font();
    if (valueFont.pointSizeF() > 0)
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setAccessibleName(title);
    m_value->setText(tr("—"));
    m_detail->setAccessibleName(tr("%1, details").arg(title));
    m_detail->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
}

void SummaryCard::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(detail.isEmpty() ? value : value + u'\n' + detail);
}

QString SummaryCard::title() const
{
    return m_title->text();
}

QString SummaryCard::value() const
{
    return m_value->text();
}

QString SummaryCard::detail() const
{
    return m_detail->text();
}

} // namespace pd
