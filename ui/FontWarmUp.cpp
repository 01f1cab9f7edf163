#include "FontWarmUp.h"

#include <QFontDatabase>
#include <QThread>

namespace pd {

FontWarmUp::FontWarmUp(QObject *parent)
    : QObject(parent)
    , m_thread(QThread::create([this] { m_families = int(QFontDatabase::families().size()); }))
{
    m_thread->setObjectName(QStringLiteral("pd-font-warm-up"));
    m_thread->start();
}

FontWarmUp::~FontWarmUp()
{
    m_thread->wait();
    delete m_thread;
}

bool FontWarmUp::isFinished() const
{
    return m_thread->isFinished();
}

} // namespace pd
