#pragma once

#include <QObject>
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
// without the warm-up. Construct once the
// QGuiApplication exists, and destroy before it: the destructor joins the
// thread, which must not outlive the application's font database.
class StartupWarmUp : public QObject
{
    Q_OBJECT
public:
    explicit StartupWarmUp(QSize iconPixels = {}, QObject *parent = nullptr);
    ~StartupWarmUp() override;

    bool isFinished() const;
    // The font families the thread found; 0 until it is finished.
    int familiesFound() const { return m_families.load(); }
    // Filled as the thread draws them.
    std::shared_ptr<const RenderedIcons> renderedIcons() const { return m_icons; }

private:
    void run();

    const QSize m_iconPixels;
    const std::shared_ptr<RenderedIcons> m_icons;
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_families = 0;
};

} // namespace pd
