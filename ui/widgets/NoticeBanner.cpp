#include "widgets/NoticeBanner.h"

#include "widgets/PlainTextLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

namespace pd {

NoticeBanner::NoticeBanner(QWidget *parent)
    : NoticeBanner(Kind::Information, QString(), parent)
{}

NoticeBanner::NoticeBanner(Kind kind, const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_layout(new QHBoxLayout(this))
    , m_icon(new QLabel(this))
    , m_label(new PlainTextLabel(text, this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setTextFormat(Qt::PlainText);
    m_icon->setAlignment(Qt::AlignTop);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_label, 1);
    setKind(kind);
}

void NoticeBanner::setKind(Kind kind)
{
    m_kind = kind;
    // Palette roles only: information on the alternate base, warnings and
    // errors in the tooltip colours (a light yellow in most themes).
    if (kind == Kind::Information) {
        setBackgroundRole(QPalette::AlternateBase);
        setForegroundRole(QPalette::Text);
    } else {
        setBackgroundRole(QPalette::ToolTipBase);
        setForegroundRole(QPalette::ToolTipText);
    }
    m_label->setForegroundRole(foregroundRole());
    switch (kind) {
    case Kind::Information:
        m_label->setAccessibleName(tr("Notice"));
        break;
    case Kind::Warning:
        m_label->setAccessibleName(tr("Warning"));
        break;
    case Kind::Error:
        m_label->setAccessibleName(tr("Error"));
        break;
    }
    updateIcon();
}

void NoticeBanner::setText(const QString &text)
{
    m_label->setText(text);
}

QString NoticeBanner::text() const
{
    return m_label->text();
}

QPushButton *NoticeBanner::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(accessibleName);
    m_layout->addWidget(button, 0, Qt::AlignVCenter);
    return button;
}

void NoticeBanner::addWidget(QWidget *widget)
{
    m_layout->addWidget(widget, 0, Qt::AlignVCenter);
}

void NoticeBanner::showNotice(Kind kind, const QString &text)
{
    setKind(kind);
    setText(text);
    show();
}

void NoticeBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateIcon();
}

void NoticeBanner::updateIcon()
{
    QStyle::StandardPixmap which = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        which = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        which = QStyle::SP_MessageBoxCritical;
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(which, nullptr, this)
                          .pixmap(QSize(extent, extent), devicePixelRatio()));
}

} // namespace pd
