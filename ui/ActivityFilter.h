#pragma once

#include <QObject>

#include <functional>

namespace pd {

// An application-wide event filter that reports user input (keys, mouse,
// wheel, touch) to the idle monitor. It never consumes an event.
class ActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit ActivityFilter(std::function<void()> onActivity, QObject *parent = nullptr);

    static bool isUserInput(const QEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_onActivity;
};

} // namespace pd
