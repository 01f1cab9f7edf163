#include "StartupWarmUp.h"

#include "core/AppServices.h"
#include "widgets/AppIcon.h"
#include "widgets/RenderedIcons.h"

#include <QFontDatabase>
#include <QIcon>
#include <QThread>

namespace pd {

StartupWarmUp::StartupWarmUp(QSize iconPixels, QObject *parent)
    : QObject(parent)
    , m_iconPixels(iconPixels)
    , m_icons(std::make_shared<RenderedIcons>())
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("pd-warm-up"));
    m_thread->start();
}

StartupWarmUp::~StartupWarmUp()
{
    m_thread->wait();
}

bool StartupWarmUp::isFinished() const
{
    return m_thread->isFinished();
}

void StartupWarmUp::run()
{
    // In the order the start needs them: the store opens first, the
    // window's text comes next, its icons last.
    AppServices::preloadForStart();
    m_families = int(QFontDatabase::families().size());
    // A file icon loads its engine by the file's suffix, and this engine
    // checks the file: the app's own icon, which has no pixmaps to make.
    const QIcon svg(AppIcon::scalableFile());
    Q_UNUSED(svg);
    m_icons->renderAll(m_iconPixels);
}

} // namespace pd
