#include "widgets/DeferredIconStyle.h"

#include "widgets/CellTextDelegate.h"
#include "widgets/DeferredIconEngine.h"

#include <QApplication>
#include <QPointer>
#include <QStyleOption>

#include <optional>

namespace pd {

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{
    // It only defers icons: table cells are drawn as its base draws them.
    setProperty(CellTextDelegate::kLeavesItemViewsToBase, true);
}

void DeferredIconStyle::install(QStyle *base)
{
    QApplication::setStyle(new DeferredIconStyle(base));
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    // Asked later, the base style sees what it would have seen now: a copy
    // of the option's common part (direction, palette, state) and the
    // widget while it lives.
    std::optional<QStyleOption> copy;
    if (option)
        copy.emplace(*option);
    QPointer<const QStyle> base(baseStyle());
    QPointer<const QWidget> asker(widget);
    return QIcon(new DeferredIconEngine([base, standardIcon, copy, asker] {
        return base ? base->standardIcon(standardIcon, copy ? &*copy : nullptr, asker.data())
                    : QIcon();
    }));
}

} // namespace pd
