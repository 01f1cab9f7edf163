#include "AppIcon.h"

#include "widgets/DeferredIconEngine.h"
#include "widgets/RenderedIcons.h"

#include <QFile>

#include <optional>

namespace pd {

QString AppIcon::applicationId()
{
    return QStringLiteral("org.privacydashboard.PrivacyDashboard");
}

QIcon AppIcon::themed(const QString &name, std::shared_ptr<const RenderedIcons> rendered)
{
    DeferredIconEngine::DrawnAhead drawnAhead;
    if (rendered && QFile::exists(RenderedIcons::ownFile(name))) {
        drawnAhead = [name, rendered = std::move(rendered),
                      themeHasIt = std::optional<bool>()](QSize pixels) mutable {
            // As the look-up below: the theme's icon wins over our own.
            if (!themeHasIt) {
                const QIcon theme = QIcon::fromTheme(name);
                themeHasIt = !theme.isNull() && !theme.availableSizes().isEmpty();
            }
            return *themeHasIt ? QImage() : rendered->find(name, pixels);
        };
    }
    return QIcon(new DeferredIconEngine(
        [name] {
            const QString own = RenderedIcons::ownFile(name);
            if (!QFile::exists(own))
                return QIcon::fromTheme(name);
            return QIcon::fromTheme(name, QIcon(own));
        },
        std::move(drawnAhead)));
}

QIcon AppIcon::application()
{
    return QIcon(new DeferredIconEngine([] {
        // The PNGs next to the SVG keep the icon sharp at small sizes and
        // shown even where Qt's SVG icon engine is missing.
        QIcon own(scalableFile());
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            own.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/").arg(size) + applicationId() +
                            QStringLiteral(".png"),
                        QSize(size, size));
        return QIcon::fromTheme(applicationId(), own);
    }));
}

QString AppIcon::scalableFile()
{
    return QStringLiteral(":/icons/") + applicationId() + QStringLiteral(".svg");
}

} // namespace pd
