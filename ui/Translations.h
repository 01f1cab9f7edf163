#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace pd {

// Loads the app's translation (`privacy-dashboard_<lang>.qm` from the
// installed share/privacy-dashboard/translations, else from the `:/i18n`
// resource) and Qt's own, for a language code or, when empty, the
// system locale. The chosen locale also becomes the default for number and
// date formats. Switching at run time replaces the translators installed
// before; every widget then gets QEvent::LanguageChange.
class Translations
{
public:
    // Returns the locale used. `app` must be the running application.
    static QLocale install(QCoreApplication &app, const QString &language);
    // Replaces the installed translations with those of `language`.
    static QLocale apply(const QString &language);
    // The code last applied ("" for the system's language).
    static QString current();

    // Tests: read the app's .qm files from `folder` instead of the resource.
    static void setSearchPath(const QString &folder);
};

} // namespace pd
