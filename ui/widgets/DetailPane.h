#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;

namespace pd {

// Every field of one selected item, as plain, selectable text (values come
// from the server and are never interpreted as markup), with a button that
// copies them all. Values are shown as given (bounded by the caller: see
// DisplayText); a field shown only in part has a button that reads its whole
// value into a read-only plain-text viewer below the fields (in lines of at
// most 1,000 characters, which it lays out only as they come into view).
// Selecting one row after another with the same fields (scrolling a table)
// only changes the shown values: the pane keeps its rows' widgets.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    using Field = QPair<QString, QString>; // name, value
    // The whole value of field `index` of setFields(), as the viewer shows it.
    using WholeValue = std::function<QString(int index)>;

    explicit DetailPane(QWidget *parent = nullptr);

    void setPlaceholder(const QString &text);
    // `cutFields`: the indexes of the fields shown only in part, each given
    // a button that shows `whole(index)` in the viewer.
    void setFields(const QList<Field> &fields, const QList<int> &cutFields = {},
                   WholeValue whole = {});
    // Shows the whole value of field `index` in the viewer.
    void showWholeValue(int index);
    // Shows the placeholder; the rows' widgets stay (emptied) for the next
    // fields of the same names.
    void clear();

    QList<Field> fields() const { return m_fields; }
    // The label showing the value of the field called `name`, or null.
    QLabel *valueLabel(const QString &name) const;
    // The button showing the whole of field `name`, or null when it is shown
    // whole already.
    QPushButton *wholeValueButton(const QString &name) const;
    // Where a whole value shows (hidden until one is asked for).
    QPlainTextEdit *wholeValueViewer() const { return m_viewer; }
    // All fields as "name: value" lines.
    QString plainText() const;

private:
    void buildRows(const QList<Field> &fields);
    void closeWholeValue();
    void setWholeValueButton(int index, bool shown);

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QPushButton *m_copy;
    QLabel *m_viewerTitle;
    QPlainTextEdit *m_viewer;
    QList<Field> m_fields;               // shown; empty while the placeholder shows
    QStringList m_rowNames;              // the fields the rows' widgets are built for
    QList<QLabel *> m_valueLabels;       // by row
    QList<QPushButton *> m_wholeButtons; // by row, null when none
    WholeValue m_whole;
};

} // namespace pd
