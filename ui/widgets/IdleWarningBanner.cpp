#include "widgets/IdleWarningBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

#include <cmath>

namespace pd {

IdleWarningBanner::IdleWarningBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_stay(new QPushButton(tr("&Stay signed in"), this))
{
    setObjectName(QStringLiteral("idleBanner"));
    setAccessibleName(tr("Inactivity warning"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours: the platform's own "note" palette, light or dark.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_text->setObjectName(QStringLiteral("idleBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_stay->setObjectName(QStringLiteral("staySignedInButton"));
    m_stay->setAccessibleName(tr("Stay signed in"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_stay);

    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &IdleWarningBanner::updateText);
    connect(m_stay, &QPushButton::clicked, this, &IdleWarningBanner::staySignedInRequested);
    hide();
}

void IdleWarningBanner::showWarning(int secondsLeft)
{
    m_deadline = QDeadlineTimer(std::chrono::seconds(std::max(0, secondsLeft)));
    updateText();
    m_tick.start();
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void IdleWarningBanner::dismiss()
{
    m_tick.stop();
    hide();
}

QString IdleWarningBanner::text() const
{
    return m_text->text();
}

void IdleWarningBanner::updateText()
{
    const int seconds = int(std::ceil(double(m_deadline.remainingTime()) / 1000.0));
    m_text->setText(tr("You will be signed out in %Ln second(s) because there was no activity. "
                       "Your downloaded data will then be removed from this computer.",
                       nullptr, std::max(0, seconds)));
    m_text->setAccessibleName(m_text->text());
    if (seconds <= 0)
        m_tick.stop();
}

} // namespace pd
