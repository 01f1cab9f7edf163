#include "AppIcon.h"

#include "widgets/DeferredIconEngine.h"

#include <QFile>

namespace pd {

QString AppIcon::applicationId()
{
    return QStringLiteral("org.privacydashboard.PrivacyDashboard");
}

QIcon AppIcon::themed(const QString &name)
{
    return QIcon(new DeferredIconEngine([name] {
        const QString own = QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg");
        if (!QFile::exists(own))
            return QIcon::fromTheme(name);
        return QIcon::fromTheme(name, QIcon(own));
    }));
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
