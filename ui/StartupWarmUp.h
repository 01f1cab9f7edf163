#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pd {

// Loads what the first frame will need on a thread of its own, while the
// GUI thread opens the local store and builds the window: Qt's SQLite
// driver, the font database (on Linux, fontconfig reading its configuration
// and font list: a few milliseconds) and the SVG icon engine (a plugin and
// QtSvg). Each is loaded under Qt's own lock, so the GUI thread, if it gets
// there first, only waits for the rest of that step. Construct once the
// QGuiApplication exists, and destroy before it: the destructor joins the
// thread, which must not outlive the application's font database.
class StartupWarmUp : public QObject
{
    Q_OBJECT
public:
    explicit StartupWarmUp(QObject *parent = nullptr);
    ~StartupWarmUp() override;

    bool isFinished() const;
    // The font families the thread found; 0 until it is finished.
    int familiesFound() const { return m_families.load(); }

private:
    void run();

    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_families = 0;
};

} // namespace pd
