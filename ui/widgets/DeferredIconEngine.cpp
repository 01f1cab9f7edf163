#include "widgets/DeferredIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace pd {

DeferredIconEngine::DeferredIconEngine(std::function<QIcon()> lookUp, DrawnAhead drawnAhead)
    : m_lookup(std::make_shared<Lookup>(
          Lookup{std::move(lookUp), std::move(drawnAhead), std::nullopt, QPixmap()}))
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

QPixmap DeferredIconEngine::drawnAhead(QSize pixels, QIcon::Mode mode)
{
    Lookup &lookup = *m_lookup;
    if (!lookup.drawnAhead || lookup.icon)
        return {};
    if (lookup.ahead.size() != pixels) {
        const QImage image = lookup.drawnAhead(pixels);
        if (image.isNull() || image.size() != pixels)
            return {};
        lookup.ahead = QPixmap::fromImage(image);
    }
    if (mode == QIcon::Normal)
        return lookup.ahead;
    // What Qt's own engines do for the other modes (disabled, selected).
    QStyleOption option;
    option.palette = QGuiApplication::palette();
    return QApplication::style()->generatedIconPixmap(mode, lookup.ahead, &option);
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                               QIcon::State state)
{
    const QSize pixels = rect.size() * painter->device()->devicePixelRatio();
    if (const QPixmap ahead = drawnAhead(pixels, mode); !ahead.isNull()) {
        painter->drawPixmap(rect, ahead);
        return;
    }
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    if (!drawnAhead(size, QIcon::Normal).isNull())
        return size;
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    if (QPixmap ahead = drawnAhead(size, mode); !ahead.isNull())
        return ahead;
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                         qreal scale)
{
    if (QPixmap ahead = drawnAhead(size, mode); !ahead.isNull())
        return ahead;
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
    if (m_lookup->drawnAhead && !m_lookup->icon)
        return false;
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
