#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

namespace pd {

// The app's own action icons (resources/icons/actions), drawn ahead of need
// on a thread other than the GUI's, at the size a first frame draws them:
// on the GUI thread, reading and drawing the sidebar's twelve SVGs cost a
// restored start 4 ms before its first frame. Thread-safe.
class RenderedIcons
{
public:
    // Draws every embedded action icon at `pixels` (device pixels). Square
    // drawings only: another shape is left to Qt's icon engine, which keeps
    // its aspect. Any thread; QImage and QImageReader need no GUI thread.
    void renderAll(QSize pixels);
    // `name` drawn at exactly `pixels`; a null image if it was not (yet).
    QImage find(const QString &name, QSize pixels) const;
    int count() const;

    // The embedded drawing of the action icon `name`.
    static QString ownFile(const QString &name);

private:
    static QString key(const QString &name, QSize pixels);

    mutable QMutex m_mutex;
    QHash<QString, QImage> m_images;
};

} // namespace pd
