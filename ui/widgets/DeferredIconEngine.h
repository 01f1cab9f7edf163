#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QImage>
#include <QPixmap>

#include <functional>
#include <memory>
#include <optional>

namespace pd {

// An icon looked up the first time it is drawn or asked about. Finding an
// icon in the desktop's theme and reading its files (an SVG parsed, PNGs
// decoded) cost a start milliseconds per icon, and most of them are not in
// the first frame: menu entries, and the window icon where the platform
// does not draw it (Wayland, offscreen).
//
// `drawnAhead`, if given, returns the icon drawn at exactly the device pixels
// asked for, or a null image: what it has is drawn without a look-up, in
// every mode, as Qt's icon engines draw a mode (the style derives it). It is
// only for icons whose look-up cannot be null: such an icon says it is not
// null without a look-up.
class DeferredIconEngine : public QIconEngine
{
public:
    using DrawnAhead = std::function<QImage(QSize pixels)>;

    explicit DeferredIconEngine(std::function<QIcon()> lookUp, DrawnAhead drawnAhead = {});

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
        DrawnAhead drawnAhead;
        std::optional<QIcon> icon;
        QPixmap ahead; // the last picture drawnAhead gave, as a pixmap
    };

    explicit DeferredIconEngine(std::shared_ptr<Lookup> lookup);
    const QIcon &icon();
    // The picture drawn ahead at `pixels` in `mode`; null without one, or
    // once the icon was looked up.
    QPixmap drawnAhead(QSize pixels, QIcon::Mode mode);

    std::shared_ptr<Lookup> m_lookup;
};

} // namespace pd
