#pragma once

#include <QIcon>
#include <QString>

#include <memory>

namespace pd {

class RenderedIcons;

// Icons from the desktop's freedesktop icon theme, falling back to the app's
// own drawings (embedded from resources/icons) where the theme has none, so
// the app looks right on a desktop without a full icon theme. Each is looked
// up when first drawn (DeferredIconEngine).
class AppIcon
{
public:
    // The app's ID: desktop file, metainfo and icon name.
    static QString applicationId();
    // The theme's icon `name`, else the embedded `:/icons/actions/<name>.svg`,
    // drawn from `rendered` where it holds the size asked for.
    static QIcon themed(const QString &name,
                        std::shared_ptr<const RenderedIcons> rendered = nullptr);
    // The installed app icon from the theme, else the embedded one.
    static QIcon application();
    // The embedded app icon's SVG file.
    static QString scalableFile();
};

} // namespace pd
