#pragma once

#include <QImage>
#include <QWidget>

namespace pd {

// Shows a QR code (made by the QR code module, QrCodeEncoder, which the
// first code loads) as crisp square modules, scaled by
// a whole number of device pixels per module so it stays sharp on high-DPI
// screens. Dark modules on a light quiet zone whatever the theme: scanners
// need that contrast (an inverted code is not read by many authenticator
// apps).
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // The module that makes the codes (core/ModuleLoader.h).
    static QString moduleName() { return QStringLiteral("qrcode"); }
    // Whether codes can be made: false when the module is missing (loads it).
    static bool isAvailable();

    // Encodes `text` (byte mode, error correction M); false when it cannot be
    // encoded or the module is missing (the widget then shows nothing).
    bool setText(const QByteArray &text);
    void clear();
    bool isEmpty() const { return m_image.isNull(); }
    // One pixel per module, with a four-module quiet zone.
    const QImage &image() const { return m_image; }
    // The code at `logicalSide` × `logicalSide` for a screen of
    // `devicePixelRatio`, with whole device pixels per module.
    QPixmap pixmap(int logicalSide, qreal devicePixelRatio) const;
    // Encodes `text` into a one-pixel-per-module image; null on failure or
    // without the module.
    static QImage encode(const QByteArray &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int moduleExtent() const;

    QImage m_image;
};

} // namespace pd
