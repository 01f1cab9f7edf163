#include "StartupWarmUp.h"

#include "core/AppServices.h"
#include "widgets/AppIcon.h"
#include "widgets/RenderedIcons.h"

#include <QFontDatabase>
#include <QIcon>
#include <QThread>

#include <utility>

namespace pd {

StartupWarmUp::StartupWarmUp(QObject *parent)
    : QObject(parent)
    , m_icons(std::make_shared<RenderedIcons>())
    , m_thread(QThread::create([this] {
        m_go.acquire();
        if (!m_cancelled.load())
            run();
    }))
{
    m_thread->setObjectName(QStringLiteral("pd-warm-up"));
    m_thread->start();
}

StartupWarmUp::~StartupWarmUp()
{
    if (!m_begun) {
        m_cancelled = true;
        m_go.release();
    }
    m_thread->wait();
}

void StartupWarmUp::begin(QSize iconPixels)
{
    if (std::exchange(m_begun, true))
        return;
    m_iconPixels = iconPixels;
    m_go.release();
}

bool StartupWarmUp::isFinished() const
{
    return m_thread->isFinished();
}

void StartupWarmUp::run()
{
    // Text first: every window's first frame lays text out, and the thread
    // starts 1-3 ms after it is asked to (a two-core VM), by when the GUI
    // thread is building its window already. The store's driver comes
    // next: a restored start opens the store before it builds the window,
    // so its GUI thread mostly loads the driver itself.
    m_families = int(QFontDatabase::families().size());
    AppServices::preloadForStart();
    // A file icon loads its engine by the file's suffix, and this engine
    // checks the file: the app's own icon, which has no pixmaps to make.
    const QIcon svg(AppIcon::scalableFile());
    Q_UNUSED(svg);
    m_icons->renderAll(m_iconPixels);
}

} // namespace pd
