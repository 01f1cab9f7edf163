#pragma once

#include <QFrame>

class QLabel;

namespace pd {

class PlainTextLabel;

// One figure at a glance ("Website visits — 5,000"), with an optional line
// under it. Plain text only; named for assistive technology by its title and
// described by its figure.
class SummaryCard : public QFrame
{
    Q_OBJECT
public:
    explicit SummaryCard(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    QString title() const;
    QString value() const;
    QString detail() const;

private:
    QLabel *m_title;
    PlainTextLabel *m_value;
    PlainTextLabel *m_detail;
};

} // namespace pd
