#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace pd {

// How a value from the server is written for display, wherever a model, a
// view or a label shows it. A hostile server can send anything: markup
// (labels show it as plain text; see PlainTextLabel), megabytes in one
// string (laying it out freezes the UI thread for seconds), NUL and other
// control characters, and bidirectional overrides that make the text, and
// what follows it, read other than it is. So what is shown is bounded (the
// start of the value, "…" and its full length), control characters become
// visible symbols and bidi controls are dropped, with the value isolated
// (FSI…PDI) so that it cannot reorder its surroundings. The whole value is
// shown only on demand, in a plain-text viewer (DetailPane).
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(pd::DisplayText)
public:
    // A table cell, a list item, a one-line label.
    static constexpr qsizetype kCellChars = 200;
    // A value in a detail pane, a card or a page's paragraph.
    static constexpr qsizetype kDetailChars = 1000;

    // `text` for display, cut after `maxChars` characters. `fullLength` is
    // the length of the whole value when `text` is only its start (-1: it
    // is the whole, or a value JsonStringCap cut, which carries its length). Newlines and tabs are
    // kept when `multiLine`, otherwise written as spaces.
    static QString bounded(QStringView text, qsizetype maxChars = kCellChars,
                           qsizetype fullLength = -1, bool multiLine = false);
    // As bounded(), for several lines (a detail pane, a paragraph).
    static QString paragraph(QStringView text, qsizetype maxChars = kDetailChars,
                             qsizetype fullLength = -1)
    {
        return bounded(text, maxChars, fullLength, true);
    }
    // The whole of `text` for a viewer: control and bidi characters as
    // bounded() writes them, nothing cut (but what JsonStringCap cut before:
    // its start and length).
    static QString whole(QStringView text);
    // Whether bounded() cuts a value of `length` characters.
    static bool isCut(qsizetype length, qsizetype maxChars) { return length > maxChars; }
    // Shown for a number or a date that is not one (1e400, "yesterday").
    static QString invalid();

private:
    static QString neutralized(QStringView text, bool multiLine);
};

} // namespace pd
