#pragma once

#include <QStringList>

class QWidget;

namespace pd::test {

// What a keyboard-only and a screen-reader user meet in one shown window,
// read the way an assistive technology reads it (through QAccessible, the
// interfaces Qt's AT-SPI bridge and the other platforms' bridges serve).
//
// The rules, each finding naming the control (class, object name, name):
// - Every control (a widget that takes focus with Tab, and every button,
//   field, box, slider, tab bar, list, table and link in the tree) has an
//   interactive role, not a generic one (client, pane, grouping…). The one
//   exception is a scroll area that takes focus so that the keyboard can
//   scroll it (a "scrollable region"), which Qt reads as a client.
// - Every control has a non-empty accessible name.
// - A control that shows no words of its own and has no label buddied to
//   it (an icon-only button, a field with only a placeholder, a slider, a
//   custom widget, a scrollable region) also has a description (its own or
//   its tooltip): its name alone is then the only clue to what it holds or
//   does. A labelled control, one with visible text, an item view (read by
//   its headers and cells) and a read-only text need none.
// - The items of small lists (the sidebar) and the tabs of a tab bar are
//   named.
// - Every enabled control is reached by pressing Tab from the window (the
//   keyboard's focus order; an exclusive group of radio buttons is one stop,
//   the arrow keys moving within it, as Qt does), and Tab leaves every control it enters (no
//   keyboard trap, e.g. a table moving between cells or a text field
//   taking the Tab itself).
// - Every label of a form row whose field holds controls has one of them as
//   its buddy (a read-only path may leave it to its Browse… button), and
//   every label with a mnemonic (&) has a buddy that takes focus.
// - Every focusable widget is in the accessibility tree (a screen reader
//   can reach it).
class AccessibilityAudit
{
public:
    // Audits `window` (shown and exposed; it is activated to walk the focus
    // order). Fewer than `minimumControls` controls is itself a finding, so
    // that an empty walk cannot pass.
    explicit AccessibilityAudit(QWidget *window, int minimumControls = 1);

    QStringList problems() const { return m_problems; }
    int controlCount() const { return m_controls; }

private:
    QStringList m_problems;
    int m_controls = 0;
};

} // namespace pd::test
