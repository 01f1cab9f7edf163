#pragma once

#include <QByteArray>
#include <QImage>
#include <QtPlugin>

namespace pd {

// The QR code module's interface: libqrencode behind a Qt plugin (module
// "qrcode", see core/ModuleLoader.h), so that the app loads libqrencode
// only when a QR code is first shown (turning on two-factor
// authentication). QrCodeWidget draws what it makes.
class QrCodeEncoder
{
public:
    virtual ~QrCodeEncoder() = default;
    // `text` in byte mode with error correction M: a one-bit image with one
    // pixel per module (1 dark) and a four-module light quiet zone; null
    // when it cannot be encoded.
    virtual QImage encode(const QByteArray &text) const = 0;
};

} // namespace pd

#define PD_QR_CODE_ENCODER_IID "org.privacydashboard.QrCodeEncoder/1.0"
Q_DECLARE_INTERFACE(pd::QrCodeEncoder, PD_QR_CODE_ENCODER_IID)
