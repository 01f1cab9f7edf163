#include "widgets/DeferredIconEngine.h"

#include <QPainter>

namespace pd {

DeferredIconEngine::DeferredIconEngine(std::function<QIcon()> lookUp)
    : m_lookup(std::make_shared<Lookup>(Lookup{std::move(lookUp), std::nullopt}))
{}

DeferredIconEngine::DeferredIconEngine(std::shared_ptr<Lookup> lookup)
    : m_lookup(std::move(lookup))
{}

const QIcon &DeferredIconEngine::icon()
{
    if (!m_lookup->icon)
        m_lookup->icon = m_lookup->lookUp();
    return *m_lookup->icon;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                               QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                         qreal scale)
{
    // `size` is in device pixels; QIcon::pixmap() takes it in logical ones.
    return icon().pixmap((QSizeF(size) / scale).toSize(), scale, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIconEngine::iconName()
{
    return icon().name();
}

bool DeferredIconEngine::isNull()
{
    return icon().isNull();
}

QString DeferredIconEngine::key() const
{
    return QStringLiteral("pd-deferred");
}

QIconEngine *DeferredIconEngine::clone() const
{
    return new DeferredIconEngine(m_lookup);
}

} // namespace pd
