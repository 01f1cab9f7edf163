#pragma once

#include <QFile>
#include <QString>
#include <QXmlStreamReader>

namespace pd::test {

// The translation of `source` in a Qt Linguist .ts file, read from the file
// itself so that a test of the built app does not copy expected texts.
inline QString tsTranslation(const QString &tsPath, const QString &source)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString lastSource;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            lastSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && lastSource == source)
            return xml.readElementText();
    }
    return {};
}

} // namespace pd::test
