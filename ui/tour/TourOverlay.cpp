#include "tour/TourOverlay.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

namespace {

constexpr int kHighlightMargin = 4; // room between the frame and what it shows
constexpr int kGap = 12;            // between the lit area and the callout

} // namespace

TourOverlay::TourOverlay(QWidget *window)
    : QWidget(window)
    , m_callout(new QWidget(this))
    , m_step(new QLabel(m_callout))
    , m_heading(new QLabel(m_callout))
    , m_text(new QLabel(m_callout))
    , m_back(new QPushButton(m_callout))
    , m_next(new QPushButton(m_callout))
    , m_close(new QPushButton(m_callout))
{
    setObjectName(QStringLiteral("tourOverlay"));
    setAccessibleName(tr("Guided tour"));
    m_callout->setObjectName(QStringLiteral("tourCallout"));
    m_callout->setAutoFillBackground(true);
    m_callout->setBackgroundRole(QPalette::Window);
    m_callout->setForegroundRole(QPalette::WindowText);

    m_step->setObjectName(QStringLiteral("tourStep"));
    m_heading->setObjectName(QStringLiteral("tourHeading"));
    m_text->setObjectName(QStringLiteral("tourText"));
    for (QLabel *label : {m_step, m_heading, m_text}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_back->setObjectName(QStringLiteral("tourBack"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Show the previous step of the tour"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_close->setObjectName(QStringLiteral("tourClose"));
    m_close->setText(tr("&Close"));
    m_close->setAccessibleName(tr("Close the tour"));
    m_close->setAccessibleDescription(tr("End the tour; Help → Take the Tour shows it again"));
    connect(m_back, &QPushButton::clicked, this, &TourOverlay::backRequested);
    connect(m_next, &QPushButton::clicked, this, &TourOverlay::nextRequested);
    connect(m_close, &QPushButton::clicked, this, &TourOverlay::closeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(m_callout);
    layout->addWidget(m_step);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    setTabOrder(m_next, m_close);
    setTabOrder(m_close, m_back);

    // Arrow keys follow the reading direction; the buttons would otherwise
    // use them to move the focus.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *forward = new QShortcut(QKeySequence(rtl ? Qt::Key_Left : Qt::Key_Right), this);
    auto *backward = new QShortcut(QKeySequence(rtl ? Qt::Key_Right : Qt::Key_Left), this);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    for (QShortcut *shortcut : {forward, backward, escape})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, this, &TourOverlay::nextRequested);
    connect(backward, &QShortcut::activated, this, [this] {
        if (m_back->isEnabled())
            Q_EMIT backRequested();
    });
    connect(escape, &QShortcut::activated, this, &TourOverlay::closeRequested);
}

void TourOverlay::showStep(int index, int count, const QString &heading, const QString &text,
                           const QRect &highlight)
{
    const bool last = index + 1 >= count;
    m_step->setText(tr("Step %1 of %2").arg(index + 1).arg(count));
    m_heading->setText(heading);
    m_text->setText(text);
    m_back->setEnabled(index > 0);
    m_next->setText(last ? tr("&Done") : tr("&Next"));
    m_next->setAccessibleName(last ? tr("Done") : tr("Next"));
    m_next->setAccessibleDescription(last ? tr("End the tour")
                                          : tr("Show the next step of the tour"));
    //: %1 is "Step 2 of 6", %2 the step's heading, %3 its explanation.
    const QString description = tr("%1. %2: %3").arg(m_step->text(), heading, text);
    setAccessibleDescription(description);
    m_callout->setAccessibleName(tr("Guided tour: %1").arg(heading));
    m_callout->setAccessibleDescription(description);
    m_highlight = highlight;
    placeCallout();
    update();
}

void TourOverlay::placeCallout()
{
    const QRect area = rect().adjusted(kGap, kGap, -kGap, -kGap);
    const int width = std::min(fontMetrics().averageCharWidth() * 48, std::max(area.width(), 1));
    // Wrapped labels: the height follows from the width.
    m_callout->setFixedWidth(width);
    m_callout->setFixedHeight(m_callout->hasHeightForWidth() ? m_callout->heightForWidth(width)
                                                             : m_callout->sizeHint().height());
    const QSize size = m_callout->size();
    const QRect lit = m_highlight.adjusted(-kHighlightMargin, -kHighlightMargin, kHighlightMargin,
                                           kHighlightMargin);
    QPoint at;
    if (m_highlight.isEmpty()) {
        at = area.center() - QPoint(size.width() / 2, size.height() / 2);
    } else if (lit.bottom() + kGap + size.height() <= area.bottom()) {
        at = QPoint(lit.left(), lit.bottom() + kGap);
    } else if (lit.top() - kGap - size.height() >= area.top()) {
        at = QPoint(lit.left(), lit.top() - kGap - size.height());
    } else if (lit.right() + kGap + size.width() <= area.right()) {
        at = QPoint(lit.right() + kGap, lit.top());
    } else if (lit.left() - kGap - size.width() >= area.left()) {
        at = QPoint(lit.left() - kGap - size.width(), lit.top());
    } else {
        // Nothing free around a large area (the page): over its middle.
        at = lit.center() - QPoint(size.width() / 2, size.height() / 2);
    }
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    m_callout->move(at);
}

void TourOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath dimmed;
    dimmed.addRect(rect());
    const QRectF lit =
        QRectF(m_highlight)
            .adjusted(-kHighlightMargin, -kHighlightMargin, kHighlightMargin, kHighlightMargin);
    if (!m_highlight.isEmpty()) {
        QPainterPath hole;
        hole.addRoundedRect(lit, 6, 6);
        dimmed = dimmed.subtracted(hole);
    }
    // The darkest of these roles, darkened further: Shadow alone is a light
    // grey in some styles' dark palettes, and a shade as light as Window
    // would leave a dark window undimmed.
    QColor shade = palette().color(QPalette::Shadow);
    for (const auto role : {QPalette::Window, QPalette::WindowText}) {
        if (palette().color(role).lightness() < shade.lightness())
            shade = palette().color(role);
    }
    shade = shade.darker(300);
    shade.setAlpha(160);
    painter.fillPath(dimmed, shade);
    if (!m_highlight.isEmpty()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(lit, 6, 6);
    }
    // The callout's own border, in the palette's frame color.
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(m_callout->geometry()).adjusted(-1, -1, 1, 1));
}

void TourOverlay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCallout();
}

void TourOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();
}

bool TourOverlay::focusNextPrevChild(bool next)
{
    // Tab stays on the callout's buttons while the tour shows.
    QList<QPushButton *> buttons;
    for (QPushButton *button : {m_next, m_close, m_back}) {
        if (button->isEnabled() && button->isVisible())
            buttons.append(button);
    }
    if (buttons.isEmpty())
        return false;
    const qsizetype current = buttons.indexOf(qobject_cast<QPushButton *>(focusWidget()));
    const qsizetype count = buttons.size();
    const qsizetype target = current < 0 ? 0 : (current + (next ? 1 : count - 1)) % count;
    buttons.at(target)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

} // namespace pd
