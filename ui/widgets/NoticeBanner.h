#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace pd {

class PlainTextLabel;

// A framed one-line notice above a page's content (a warning of the policy, a
// new policy version, the outcome of an action) in the system palette's
// colours, with an optional action button. The text is plain.
class NoticeBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit NoticeBanner(QWidget *parent = nullptr);
    NoticeBanner(Kind kind, const QString &text, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString &text);
    QString text() const;
    PlainTextLabel *label() const { return m_label; }
    // Adds a button at the end of the banner; the caller connects it.
    QPushButton *addButton(const QString &text, const QString &accessibleName);
    // Shows `text` with `kind` (and the banner itself).
    void showNotice(Kind kind, const QString &text);

protected:
    // Puts `widget` before the buttons (for subclasses: a progress bar).
    void addWidget(QWidget *widget);
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Kind m_kind = Kind::Information;
    QHBoxLayout *m_layout;
    QLabel *m_icon;
    PlainTextLabel *m_label;
};

} // namespace pd
