#include "widgets/DetailPane.h"

#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace pd {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    return label;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout)
    , m_placeholder(plainLabel(tr("Select a row to see all of its details."), this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_copy(new QPushButton(tr("&Copy details"), this))
{
    setAccessibleName(tr("Details"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("Details"));
    m_formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_copy->setAccessibleName(tr("Copy details"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { SecretClipboard::copy(plainText()); });

    auto *holder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins({});
    holderLayout->addWidget(scroll);
    holderLayout->addWidget(m_copy, 0, Qt::AlignRight);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(holder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(m_stack);
}

void DetailPane::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
}

void DetailPane::clear()
{
    m_fields.clear();
    m_valueLabels.clear();
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_copy->setEnabled(false);
    m_stack->setCurrentIndex(0);
}

void DetailPane::setFields(const QList<Field> &fields)
{
    clear();
    m_fields = fields;
    for (const auto &[name, value] : fields) {
        auto *valueLabel = plainLabel(value.isEmpty() ? tr("Not recorded") : value, m_form);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
        valueLabel->setAccessibleName(name);
        auto *nameLabel = plainLabel(tr("%1:").arg(name), m_form);
        nameLabel->setBuddy(valueLabel);
        m_formLayout->addRow(nameLabel, valueLabel);
        m_valueLabels.append(valueLabel);
    }
    m_copy->setEnabled(!fields.isEmpty());
    m_stack->setCurrentIndex(1);
}

QLabel *DetailPane::valueLabel(const QString &name) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).first == name)
            return m_valueLabels.at(i);
    }
    return nullptr;
}

QString DetailPane::plainText() const
{
    QStringList lines;
    for (const auto &[name, value] : m_fields)
        lines << tr("%1: %2").arg(name, value);
    return lines.join(u'\n');
}

} // namespace pd
