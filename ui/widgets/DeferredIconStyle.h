#pragma once

#include <QProxyStyle>

namespace pd {

// The app's style, with each standard icon looked up when first drawn
// (DeferredIconEngine). A style's standard icons are PNG files: the first
// one read makes Qt load every image format plugin (GIF, ICO, JPEG, SVG and
// their libraries) to ask which can read it, and Qt's own widgets ask for
// icons they rarely draw: the menu bar's and a toolbar's overflow buttons, a
// search field's clear button. None of them is in a start's first frame.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // `base` (owned) draws everything; without one, the style Qt would have
    // chosen for this desktop (QProxyStyle's default).
    explicit DeferredIconStyle(QStyle *base = nullptr);

    // Makes this the application's style; before any widget exists.
    static void install(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace pd
