#pragma once

#include <QString>

namespace pd {

// A tooltip that shows `text` literally. Qt renders a tooltip as rich text
// whenever it looks like markup, so text that may come from the server or a
// file (a page title, a name, an address) must be converted first.
class PlainToolTip
{
public:
    static QString from(const QString &text);
};

} // namespace pd
