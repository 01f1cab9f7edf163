#include "PageLayout.h"

#include "core/SettingKeys.h"
#include "widgets/DataTableView.h"

#include <QSet>
#include <QSettings>
#include <QSplitter>

namespace pd {

namespace {

QString keyOf(const QString &pageKey, const QObject *view, const QString &what)
{
    return SettingKeys::windowViewsGroup + u'/' + pageKey + u'/' + view->objectName() + u'/' + what;
}

// The views of `page` worth keeping: named ones, the first of each name.
template <class T> QList<T *> namedViews(const QWidget *page)
{
    QList<T *> views;
    QSet<QString> names;
    for (T *view : page->findChildren<T *>()) {
        if (!view->objectName().isEmpty() && !names.contains(view->objectName())) {
            names.insert(view->objectName());
            views.append(view);
        }
    }
    return views;
}

} // namespace

void PageLayout::save(QSettings &settings, const QString &pageKey, const QWidget *page)
{
    for (const QSplitter *splitter : namedViews<QSplitter>(page))
        settings.setValue(keyOf(pageKey, splitter, QStringLiteral("splitter")),
                          splitter->saveState());
    for (const DataTableView *table : namedViews<DataTableView>(page)) {
        const QList<int> widths = table->userColumnWidths();
        const QString key = keyOf(pageKey, table, QStringLiteral("columns"));
        if (widths.isEmpty()) {
            settings.remove(key);
            continue;
        }
        QStringList values;
        for (int width : widths)
            values.append(QString::number(width));
        settings.setValue(key, values.join(u','));
    }
}

void PageLayout::restore(const QSettings &settings, const QString &pageKey, QWidget *page)
{
    for (QSplitter *splitter : namedViews<QSplitter>(page))
        splitter->restoreState(
            settings.value(keyOf(pageKey, splitter, QStringLiteral("splitter"))).toByteArray());
    for (DataTableView *table : namedViews<DataTableView>(page)) {
        const QString saved =
            settings.value(keyOf(pageKey, table, QStringLiteral("columns"))).toString();
        if (saved.isEmpty())
            continue;
        QList<int> widths;
        bool valid = true;
        for (const QString &value : saved.split(u',')) {
            bool ok = false;
            const int width = value.toInt(&ok);
            valid = valid && ok && width > 0 && width <= 10000;
            widths.append(width);
        }
        // A hand-edited or damaged file: the columns are fitted instead.
        if (valid)
            table->restoreColumnWidths(widths);
    }
}

} // namespace pd
