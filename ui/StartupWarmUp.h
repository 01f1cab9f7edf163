#pragma once

#include <QObject>
#include <QSemaphore>
#include <QSize>

#include <atomic>
#include <memory>

class QThread;

namespace pd {

class RenderedIcons;

// Loads what the first frame will need on a thread of its own, while the
// GUI thread opens the local store and builds the window: the font database
// (on Linux, fontconfig reading its configuration and font list: a few
// milliseconds), Qt's SQLite driver, the SVG icon engine (a plugin and
// QtSvg), and last the app's own action icons drawn at `iconPixels` (the
// sidebar's, RenderedIcons). Each is loaded under Qt's own lock, so the GUI
// thread, if it gets there first, only waits for the rest of that step; an
// icon not drawn yet when the GUI thread wants it is drawn there, as
// without the warm-up.
// Construct it before the QGuiApplication: the thread takes 1-3 ms to start
// running (a two-core VM), which then passes while the application is being
// built; it waits for begin(), to be called once the application exists.
// Destroy it before the application: the destructor joins the thread (which
// must not outlive the application's font database), and lets a thread that
// never began end at once.
class StartupWarmUp : public QObject
{
    Q_OBJECT
public:
    explicit StartupWarmUp(QObject *parent = nullptr);
    ~StartupWarmUp() override;

    // The QGuiApplication exists: loads what the first frame needs, and
    // draws the app's own icons at `iconPixels`. Once.
    void begin(QSize iconPixels);

    bool isFinished() const;
    // The font families the thread found; 0 until it is finished.
    int familiesFound() const { return m_families.load(); }
    // Filled as the thread draws them.
    std::shared_ptr<const RenderedIcons> renderedIcons() const { return m_icons; }

private:
    void run();

    // Written before m_go is released, read by the thread after.
    QSize m_iconPixels;
    bool m_begun = false;
    std::atomic<bool> m_cancelled = false;
    QSemaphore m_go;
    const std::shared_ptr<RenderedIcons> m_icons;
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_families = 0;
};

} // namespace pd
