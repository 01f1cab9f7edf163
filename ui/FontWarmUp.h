#pragma once

#include <QObject>

#include <atomic>

class QThread;

namespace pd {

// Builds the font database (on Linux, fontconfig reading its configuration
// and font list: a few milliseconds) on a thread of its own, while the start
// opens the local store and builds the window; the window's first text
// would otherwise wait for it on the GUI thread. Qt guards the database with
// a lock, so text needed before it is done waits for the rest of it only.
// Construct once the QGuiApplication exists, as its child: the destructor
// joins the thread.
class FontWarmUp : public QObject
{
    Q_OBJECT
public:
    explicit FontWarmUp(QObject *parent);
    ~FontWarmUp() override;

    bool isFinished() const;
    // The font families the thread found; 0 until it is finished.
    int familiesFound() const { return m_families.load(); }

private:
    QThread *m_thread = nullptr;
    std::atomic<int> m_families = 0;
};

} // namespace pd
