#include "widgets/DetailPane.h"

#include "common/DisplayText.h"
#include "widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTextDocument>
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

// QPlainTextEdit lays out a line (a block) whole: one line of a megabyte
// takes minutes. The viewer shows a value in lines of at most this many
// characters, so that it lays out only those in view.
constexpr qsizetype kViewerLineChars = 1000;

QString inViewerLines(const QString &value)
{
    QString lines;
    lines.reserve(value.size() + value.size() / kViewerLineChars + 1);
    qsizetype run = 0;
    for (const QChar c : value) {
        if (c == u'\n') {
            run = 0;
        } else if (run >= kViewerLineChars && !c.isLowSurrogate()) {
            lines += u'\n';
            run = 0;
        }
        lines += c;
        ++run;
    }
    return lines;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout)
    , m_placeholder(plainLabel(tr("Select a row to see all of its details."), this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_copy(new QPushButton(tr("&Copy details"), this))
    , m_viewerTitle(plainLabel(QString(), this))
    , m_viewer(new QPlainTextEdit(this))
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

    // QPlainTextEdit lays out only the lines in view, and wrapping anywhere
    // keeps a value of one long word from becoming one line of a megabyte.
    m_viewer->setReadOnly(true);
    m_viewer->setObjectName(QStringLiteral("wholeValueViewer"));
    m_viewer->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_viewer->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_viewer->setUndoRedoEnabled(false);
    m_viewer->hide();
    m_viewerTitle->hide();

    auto *holder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins({});
    holderLayout->addWidget(scroll, 1);
    holderLayout->addWidget(m_viewerTitle);
    holderLayout->addWidget(m_viewer, 2);
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
    m_whole = {};
    closeWholeValue();
    // The rows stay, without values, for the next fields of the same names.
    for (QLabel *label : std::as_const(m_valueLabels))
        label->setText(QString());
    m_copy->setEnabled(false);
    m_stack->setCurrentIndex(0);
}

void DetailPane::setFields(const QList<Field> &fields, const QList<int> &cutFields,
                           WholeValue whole)
{
    closeWholeValue();
    bool sameRows = fields.size() == m_rowNames.size();
    for (qsizetype i = 0; sameRows && i < fields.size(); ++i)
        sameRows = fields.at(i).first == m_rowNames.at(i);
    // Another row of the same table (scrolling): only the values change.
    if (!sameRows)
        buildRows(fields);
    m_fields = fields;
    m_whole = std::move(whole);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString &value = fields.at(i).second;
        m_valueLabels.at(i)->setText(value.isEmpty() ? tr("Not recorded") : value);
        setWholeValueButton(int(i), m_whole && cutFields.contains(int(i)));
    }
    m_copy->setEnabled(!fields.isEmpty());
    m_stack->setCurrentIndex(1);
}

void DetailPane::closeWholeValue()
{
    // Clearing a viewer that is empty already is not free, and this runs for
    // every row scrolled past.
    if (!m_viewer->document()->isEmpty())
        m_viewer->clear();
    m_viewer->hide();
    m_viewerTitle->hide();
}

void DetailPane::buildRows(const QList<Field> &fields)
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_rowNames.clear();
    m_valueLabels.clear();
    m_wholeButtons.clear();
    for (const Field &field : fields) {
        const QString &name = field.first;
        auto *valueLabel = plainLabel(QString(), m_form);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
        valueLabel->setAccessibleName(name);
        auto *nameLabel = plainLabel(tr("%1:").arg(name), m_form);
        nameLabel->setBuddy(valueLabel);
        m_formLayout->addRow(nameLabel, valueLabel);
        m_rowNames.append(name);
        m_valueLabels.append(valueLabel);
        m_wholeButtons.append(nullptr);
    }
}

void DetailPane::setWholeValueButton(int index, bool shown)
{
    QPushButton *&button = m_wholeButtons[index];
    if ((button != nullptr) == shown)
        return;
    if (!shown) {
        m_formLayout->removeRow(button); // deletes it
        button = nullptr;
        return;
    }
    QLabel *valueLabel = m_valueLabels.at(index);
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_formLayout->getWidgetPosition(valueLabel, &row, &role);
    button = new QPushButton(tr("Show all"), m_form);
    button->setAccessibleName(tr("Show all of %1").arg(m_rowNames.at(index)));
    connect(button, &QPushButton::clicked, this, [this, index] { showWholeValue(index); });
    // Below its value; Tab visits the buttons in the order of their rows.
    m_formLayout->insertRow(row + 1, QString(), button);
    QWidget *previous = button;
    for (qsizetype later = index + 1; later < m_wholeButtons.size(); ++later) {
        if (QPushButton *next = m_wholeButtons.at(later)) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
}

void DetailPane::showWholeValue(int index)
{
    if (!m_whole || index < 0 || index >= m_fields.size())
        return;
    const QString value = DisplayText::whole(m_whole(index));
    const QString &name = m_fields.at(index).first;
    m_viewerTitle->setText(
        tr("All of %1 (%Ln character(s)):", nullptr, int(qMin<qsizetype>(value.size(), INT_MAX)))
            .arg(name));
    m_viewer->setAccessibleName(tr("All of %1").arg(name));
    m_viewer->setPlainText(inViewerLines(value));
    m_viewerTitle->show();
    m_viewer->show();
}

QPushButton *DetailPane::wholeValueButton(const QString &name) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).first == name)
            return m_wholeButtons.at(i);
    }
    return nullptr;
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
