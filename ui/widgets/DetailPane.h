#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedLayout;

namespace pd {

// Every field of one selected item, as plain, selectable text (values come
// from the server and are never interpreted as markup), with a button that
// copies them all.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    using Field = QPair<QString, QString>; // name, value

    explicit DetailPane(QWidget *parent = nullptr);

    void setPlaceholder(const QString &text);
    void setFields(const QList<Field> &fields);
    void clear();

    QList<Field> fields() const { return m_fields; }
    // The label showing the value of the field called `name`, or null.
    QLabel *valueLabel(const QString &name) const;
    // All fields as "name: value" lines.
    QString plainText() const;

private:
    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QPushButton *m_copy;
    QList<Field> m_fields;
    QList<QLabel *> m_valueLabels;
};

} // namespace pd
