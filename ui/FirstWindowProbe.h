#pragma once

#include <QObject>

namespace pd {

// For the start-up benchmark: as soon as what the user waits for is on
// screen, prints "first-frame-ns <CLOCK_MONOTONIC nanoseconds>" on stdout
// (the benchmark subtracts the time it started the process: the shutdown is
// not counted) and quits.
//   FirstWindow (--quit-when-shown): any first window is exposed.
//   TableRows (--quit-when-rows-shown): a table in a main window has painted
//   rows (a restored session's cached data).
class FirstWindowProbe : public QObject
{
    Q_OBJECT
public:
    enum class Until { FirstWindow, TableRows };

    explicit FirstWindowProbe(QObject *parent = nullptr, Until until = Until::FirstWindow);

Q_SIGNALS:
    // Just before the line is printed.
    void reachedAt(qint64 monotonicNs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void customEvent(QEvent *event) override;

private:
    bool reached(QObject *watched, const QEvent *event) const;

    Until m_until;
    bool m_done = false;
};

} // namespace pd
