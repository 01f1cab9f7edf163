#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace pd {

// Puts a secret (a TOTP key, a value from the detail pane) on the clipboard
// and takes it off again after 30 s, unless the user has copied something
// else meanwhile. Only a hash of the text is kept for that comparison. Each
// copy gets its own watcher, a child of the application's clipboard (so it
// outlives the dialog it came from) that deletes itself when done.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kClearAfter{30000};

    // Copies `text` and returns its watcher (tests fire clearIfUnchanged()).
    static SecretClipboard *copy(const QString &text);

    // What the timer calls: clears the clipboard if it still holds the
    // copied text, then deletes this watcher.
    void clearIfUnchanged();
    const QTimer &timer() const { return m_timer; }

private:
    SecretClipboard(const QString &text, QObject *parent);
    static QByteArray hash(const QString &text);

    QByteArray m_hash;
    QTimer m_timer;
};

} // namespace pd
