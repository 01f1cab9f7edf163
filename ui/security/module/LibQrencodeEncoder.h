#pragma once

#include "security/QrCodeEncoder.h"

#include <QObject>

namespace pd {

// The QR code module: QrCodeEncoder on libqrencode. Built as a plugin of its
// own (pd_qrcode), never linked into the app.
class LibQrencodeEncoder : public QObject, public QrCodeEncoder
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PD_QR_CODE_ENCODER_IID)
    Q_INTERFACES(pd::QrCodeEncoder)
public:
    QImage encode(const QByteArray &text) const override;
};

} // namespace pd
