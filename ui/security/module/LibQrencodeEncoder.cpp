#include "LibQrencodeEncoder.h"

#include <qrencode.h>

#include <memory>

namespace pd {

namespace {

constexpr int kQuietZone = 4; // modules, as ISO/IEC 18004 requires

struct QrCodeDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QImage LibQrencodeEncoder::encode(const QByteArray &text) const
{
    const QByteArray zeroTerminated = text; // constData() is NUL-terminated
    std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(zeroTerminated.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code || code->width <= 0)
        return {};
    const int width = code->width;
    const int side = width + 2 * kQuietZone;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1)
                image.setPixel(x + kQuietZone, y + kQuietZone, 1);
        }
    }
    return image;
}

} // namespace pd
