#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace pd {

namespace {

struct Installed {
    QString language;
    QString searchPath = QStringLiteral(":/i18n");
    QPointer<QTranslator> qt;
    QPointer<QTranslator> own;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

// A translator owned by the application, or null when there is no file for
// `locale`.
QTranslator *load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QLocale Translations::install(QCoreApplication &app, const QString &language)
{
    Q_ASSERT(&app == QCoreApplication::instance());
    Q_UNUSED(app)
    return apply(language);
}

QLocale Translations::apply(const QString &language)
{
    Installed &state = installed();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The POSIX "C" locale still reads English: its plural forms come from
    // the English translation.
    const QLocale texts = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    // Before the new translators go in: their LanguageChange events make
    // widgets format numbers and dates again, in the new locale.
    QLocale::setDefault(locale);

    remove(state.qt);
    remove(state.own);
    state.qt =
        load(texts, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    state.own = load(texts, QStringLiteral("privacy-dashboard"), state.searchPath);
    state.language = language;
    return locale;
}

QString Translations::current()
{
    return installed().language;
}

void Translations::setSearchPath(const QString &folder)
{
    installed().searchPath = folder;
}

} // namespace pd
