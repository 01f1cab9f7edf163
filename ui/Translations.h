#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace pd {

// Loads the app's translation (from the `:/i18n/privacy-dashboard_<lang>.qm`
// resource) and Qt's own, for `language` or, when empty, the system locale.
// The chosen locale also becomes the default for number and date formats.
class Translations
{
public:
    // Returns the locale used; the translators are children of `app`.
    static QLocale install(QCoreApplication &app, const QString &language);
};

} // namespace pd
