#pragma once

#include <QImage>
#include <QtGlobal>

namespace pd::test {

// True when `image` has at least one pixel that is not fully transparent:
// an icon that draws something, not an empty square.
inline bool hasPicture(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace pd::test
