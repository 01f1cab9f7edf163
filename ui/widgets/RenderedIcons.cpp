#include "widgets/RenderedIcons.h"

#include <QDir>
#include <QImageReader>
#include <QMutexLocker>

namespace pd {

namespace {

const QString kFolder = QStringLiteral(":/icons/actions/");
const QString kSuffix = QStringLiteral(".svg");

} // namespace

void RenderedIcons::renderAll(QSize pixels)
{
    if (pixels.isEmpty())
        return;
    const QStringList files = QDir(kFolder).entryList({QLatin1Char('*') + kSuffix}, QDir::Files);
    for (const QString &file : files) {
        QImageReader reader(kFolder + file, "svg");
        const QSize drawn = reader.size();
        if (!drawn.isValid() || drawn.width() != drawn.height())
            continue;
        reader.setScaledSize(pixels);
        QImage image = reader.read();
        if (image.isNull())
            continue;
        const QMutexLocker lock(&m_mutex);
        m_images.insert(key(file.chopped(kSuffix.size()), pixels), std::move(image));
    }
}

QImage RenderedIcons::find(const QString &name, QSize pixels) const
{
    const QMutexLocker lock(&m_mutex);
    return m_images.value(key(name, pixels));
}

int RenderedIcons::count() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_images.size());
}

QString RenderedIcons::ownFile(const QString &name)
{
    return kFolder + name + kSuffix;
}

QString RenderedIcons::key(const QString &name, QSize pixels)
{
    return QStringLiteral("%1@%2x%3").arg(name).arg(pixels.width()).arg(pixels.height());
}

} // namespace pd
