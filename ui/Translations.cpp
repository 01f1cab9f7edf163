#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pd {

QLocale Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The POSIX "C" locale still reads English: its plural forms come from
    // the English translation.
    const QLocale texts = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(texts, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(&app);
    if (own->load(texts, QStringLiteral("privacy-dashboard"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return locale;
}

} // namespace pd
