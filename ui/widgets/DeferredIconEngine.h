#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <memory>
#include <optional>

namespace pd {

// An icon looked up the first time it is drawn or asked about. Finding an
// icon in the desktop's theme and reading its files (an SVG parsed, PNGs
// decoded) cost a start milliseconds per icon, and most of them are not in
// the first frame: menu entries, and the window icon where the platform
// does not draw it (Wayland, offscreen).
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> lookUp);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode = QIcon::Normal,
                                QIcon::State state = QIcon::Off) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override;
    QIconEngine *clone() const override;

private:
    // Shared with clones: one look-up for all copies.
    struct Lookup {
        std::function<QIcon()> lookUp;
        std::optional<QIcon> icon;
    };

    explicit DeferredIconEngine(std::shared_ptr<Lookup> lookup);
    const QIcon &icon();

    std::shared_ptr<Lookup> m_lookup;
};

} // namespace pd
