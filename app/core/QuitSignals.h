#pragma once

#include <QObject>

class QSocketNotifier;

namespace pd {

// Turns SIGTERM, SIGINT and SIGHUP (a desktop logout, `kill`, Ctrl+C, a
// closed terminal) into a normal quit: the handler only writes the signal
// number to a socket pair (async-signal-safe) and quitRequested() is emitted
// from the event loop, so the app shuts down as if the user had quit — the
// demo server is stopped and temporary folders are removed. One instance at
// a time; the default handlers come back when it is destroyed.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    // False when the socket pair or a handler could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pd
