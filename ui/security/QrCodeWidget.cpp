#include "security/QrCodeWidget.h"

#include <QPainter>
#include <QPixmap>

#include <qrencode.h>

#include <memory>

namespace pd {

namespace {

constexpr int kQuietZone = 4; // modules, as ISO/IEC 18004 requires

struct QrCodeDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QImage QrCodeWidget::encode(const QByteArray &text)
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

bool QrCodeWidget::setText(const QByteArray &text)
{
    m_image = encode(text);
    updateGeometry();
    update();
    return !m_image.isNull();
}

void QrCodeWidget::clear()
{
    m_image = QImage();
    updateGeometry();
    update();
}

QPixmap QrCodeWidget::pixmap(int logicalSide, qreal devicePixelRatio) const
{
    if (m_image.isNull() || logicalSide <= 0)
        return {};
    const int modules = m_image.width();
    const int devicePerModule = qMax(1, int(logicalSide * devicePixelRatio) / modules);
    QPixmap pixmap =
        QPixmap::fromImage(m_image.scaled(modules * devicePerModule, modules * devicePerModule,
                                          Qt::IgnoreAspectRatio, Qt::FastTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

int QrCodeWidget::moduleExtent() const
{
    // About a quarter of a text line per module: readable by phone cameras
    // and growing with the user's font size.
    return qMax(2, fontMetrics().height() / 4);
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = m_image.isNull() ? 41 : m_image.width();
    return {modules * moduleExtent(), modules * moduleExtent()};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Never below three pixels per module at the user's font size.
    const int modules = m_image.isNull() ? 41 : m_image.width();
    const int extent = qMax(3, fontMetrics().height() / 5);
    return {modules * extent, modules * extent};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    const int side = qMin(width(), height());
    const QPixmap code = pixmap(side, devicePixelRatioF());
    const QSizeF logical = code.deviceIndependentSize();
    QPainter painter(this);
    painter.drawPixmap(QPointF((width() - logical.width()) / 2, (height() - logical.height()) / 2),
                       code);
}

} // namespace pd
