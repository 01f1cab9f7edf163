#include "security/QrCodeWidget.h"

#include "core/ModuleLoader.h"
#include "security/QrCodeEncoder.h"

#include <QPainter>
#include <QPixmap>

namespace pd {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

bool QrCodeWidget::isAvailable()
{
    return ModuleLoader::load<QrCodeEncoder>(moduleName()) != nullptr;
}

QImage QrCodeWidget::encode(const QByteArray &text)
{
    const QrCodeEncoder *encoder = ModuleLoader::load<QrCodeEncoder>(moduleName());
    return encoder ? encoder->encode(text) : QImage();
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
