#pragma once

#include <QLabel>

namespace pd {

// A label for text that may come from the server: always plain text (never
// rich text or links), word-wrapped, selectable by mouse and keyboard so it
// can be copied, and named for assistive technology.
class PlainTextLabel : public QLabel
{
    Q_OBJECT
public:
    explicit PlainTextLabel(QWidget *parent = nullptr);
    PlainTextLabel(const QString &text, QWidget *parent = nullptr);
    PlainTextLabel(const QString &text, const QString &accessibleName, QWidget *parent = nullptr);
};

} // namespace pd
