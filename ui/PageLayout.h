#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace pd {

// How the user left a page's views — its named splitters and the column
// widths of its data tables — kept in the settings under the page's key, so
// that a page built in a later run (or after a language switch) looks as it
// was left. Only layout: no data, nothing personal.
class PageLayout
{
public:
    static void save(QSettings &settings, const QString &pageKey, const QWidget *page);
    static void restore(const QSettings &settings, const QString &pageKey, QWidget *page);
};

} // namespace pd
