#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedLayout;
class QVBoxLayout;

namespace pd {

// Base of every page in the main window's sidebar. A page shows one of four
// states — loading, empty, error (with Retry), or its content — so no page
// ever shows a blank or half-filled view. Server-supplied text is only ever
// put in plain-text widgets.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    // Which of the four views shows.
    enum class State { Loading, Empty, Error, Content };

    // A stable, untranslated name ("personal-data"): screenshot file names
    // and anything else that must not change with the language.
    virtual QString key() const = 0;
    // Sidebar title and icon name (freedesktop icon theme name).
    virtual QString title() const = 0;
    virtual QString iconName() const = 0;
    // Called when the page becomes visible; pages refresh their data here.
    virtual void activate() {}
    State state() const;

protected:
    // The widget showing the page's data; set once from the constructor.
    void setContent(QWidget *content);
    void showLoading(const QString &message = {});
    void showEmpty(const QString &message);
    // The one thing the user can do about an empty page (e.g. "Sync Now"),
    // a button under its message; `text` has a mnemonic.
    void setEmptyAction(const QString &text, const QString &accessibleName,
                        std::function<void()> action);
    void showError(const QString &message);
    void showContent();

    // The empty state's picture: the page's own icon, once it exists and
    // the empty state is shown.
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // The user asked to try again after an error.
    void retryRequested();

private:
    // Between the parts of a state's message (picture, words, button).
    int groupSpacing() const;
    void ensureEmptyIcon();

    QStackedLayout *m_stack;
    QLabel *m_loadingLabel;
    QLabel *m_emptyIcon;
    QLabel *m_emptyLabel;
    QVBoxLayout *m_emptyLayout;
    QPushButton *m_emptyAction = nullptr; // made by setEmptyAction()
    std::function<void()> m_onEmptyAction;
    QLabel *m_errorLabel;
    QPushButton *m_retryButton;
    QWidget *m_content = nullptr;
};

} // namespace pd
