#pragma once

#include <QLineEdit>

class QTimer;

namespace pd {

// A search box that reports what the user typed once they pause (~200 ms),
// so a search runs per pause rather than per key. Esc clears it at once.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;

    explicit SearchField(QWidget *parent = nullptr);

    // The text last reported through searchChanged().
    QString appliedText() const { return m_applied; }

Q_SIGNALS:
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void apply();

    QTimer *m_debounce;
    QString m_applied;
};

} // namespace pd
