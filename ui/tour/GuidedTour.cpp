#include "tour/GuidedTour.h"

#include "MainWindow.h"
#include "core/SettingKeys.h"
#include "tour/TourOverlay.h"
#include "widgets/SyncStatusWidget.h"

#include <QAction>
#include <QEvent>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <array>

namespace pd {

namespace {

constexpr std::array kAreas{GuidedTour::Area::Sidebar,      GuidedTour::Area::Pages,
                            GuidedTour::Area::SyncAction,   GuidedTour::Area::SyncStatus,
                            GuidedTour::Area::RequestsMenu, GuidedTour::Area::HelpMenu};

QRect inWindow(const QWidget *widget, const QWidget *window)
{
    if (!widget || !widget->isVisible())
        return {};
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

QRect menuTitle(const MainWindow *window, const QString &menuName)
{
    const auto *menu = window->findChild<QMenu *>(menuName);
    QMenuBar *bar = window->menuBar();
    if (!menu || !bar->isVisible())
        return {};
    const QRect title = bar->actionGeometry(menu->menuAction());
    if (title.isEmpty())
        return {};
    return title.translated(bar->mapTo(window, QPoint(0, 0)));
}

} // namespace

GuidedTour::GuidedTour(MainWindow *window, QSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("guidedTour"));
    m_window->installEventFilter(this);
}

GuidedTour::~GuidedTour() = default;

void GuidedTour::offerOnce()
{
    if (!m_settings || SettingKeys::tourCompleted.read(*m_settings) || isActive())
        return;
    if (m_window->isVisible())
        start();
    else
        m_pending = true;
}

void GuidedTour::start()
{
    m_pending = false;
    if (!m_overlay) {
        m_overlay = new TourOverlay(m_window);
        connect(m_overlay, &TourOverlay::nextRequested, this, &GuidedTour::next);
        connect(m_overlay, &TourOverlay::backRequested, this, &GuidedTour::back);
        connect(m_overlay, &TourOverlay::closeRequested, this, &GuidedTour::close);
    }
    if (!isActive()) {
        QWidget *focus = m_window->focusWidget();
        m_focusBefore = focus && !m_overlay->isAncestorOf(focus) ? focus : nullptr;
    }
    m_overlay->setGeometry(m_window->rect());
    m_overlay->show();
    m_overlay->raise();
    showStep(0);
}

void GuidedTour::stop()
{
    m_pending = false;
    if (!isActive())
        return;
    m_step = -1;
    m_overlay->hide();
}

bool GuidedTour::isActive() const
{
    return m_step >= 0 && m_overlay && m_overlay->isVisible();
}

int GuidedTour::stepCount() const
{
    return int(kAreas.size());
}

GuidedTour::Area GuidedTour::area(int step) const
{
    return kAreas.at(std::size_t(std::clamp(step, 0, stepCount() - 1)));
}

QRect GuidedTour::areaRect(int step) const
{
    switch (area(step)) {
    case Area::Sidebar:
        return inWindow(m_window->sidebar(), m_window);
    case Area::Pages:
        return inWindow(m_window->findChild<QWidget *>(QStringLiteral("pages")), m_window);
    case Area::SyncAction: {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("syncNowAction"));
        const auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        if (!action || !toolBar)
            return {};
        return inWindow(toolBar->widgetForAction(action), m_window);
    }
    case Area::SyncStatus: {
        const QRect status = inWindow(m_window->syncStatus(), m_window);
        return status.width() > 4 ? status : inWindow(m_window->statusBar(), m_window);
    }
    case Area::RequestsMenu:
        return menuTitle(m_window, QStringLiteral("requestsMenu"));
    case Area::HelpMenu:
        return menuTitle(m_window, QStringLiteral("helpMenu"));
    }
    return {};
}

void GuidedTour::next()
{
    if (!isActive())
        return;
    if (m_step + 1 >= stepCount())
        close();
    else
        showStep(m_step + 1);
}

void GuidedTour::back()
{
    if (isActive() && m_step > 0)
        showStep(m_step - 1);
}

void GuidedTour::close()
{
    if (!isActive())
        return;
    if (m_settings)
        SettingKeys::tourCompleted.write(*m_settings, true);
    stop();
    if (m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    else
        m_window->sidebar()->setFocus(Qt::OtherFocusReason);
    Q_EMIT finished();
}

void GuidedTour::showStep(int step)
{
    m_step = step;
    m_overlay->showStep(step, stepCount(), heading(step), text(step), areaRect(step));
    m_overlay->nextButton()->setFocus(Qt::OtherFocusReason);
    Q_EMIT stepChanged(step);
}

void GuidedTour::refresh()
{
    m_refreshQueued = false;
    if (!isActive())
        return;
    m_overlay->setGeometry(m_window->rect());
    m_overlay->showStep(m_step, stepCount(), heading(m_step), text(m_step), areaRect(m_step));
}

bool GuidedTour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::LayoutRequest:
            // The window's layout places its children after this filter
            // has run: measure once it has.
            if (isActive() && !m_refreshQueued) {
                m_refreshQueued = true;
                QTimer::singleShot(0, this, &GuidedTour::refresh);
            }
            break;
        case QEvent::Show:
            if (m_pending)
                QTimer::singleShot(0, this, [this] {
                    if (m_pending && m_window->isVisible())
                        start();
                });
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

QString GuidedTour::heading(int step) const
{
    switch (area(step)) {
    case Area::Sidebar:
        return tr("What is held about you");
    case Area::Pages:
        return tr("The section you chose");
    case Area::SyncAction:
        return tr("Sync Now");
    case Area::SyncStatus:
        return tr("Sync status");
    case Area::RequestsMenu:
        return tr("Your rights");
    case Area::HelpMenu:
        return tr("Help");
    }
    return {};
}

QString GuidedTour::text(int step) const
{
    switch (area(step)) {
    case Area::Sidebar:
        return tr("These sections list what the platform holds about you — your personal "
                  "data and the service data recorded while you use it — and your controls: "
                  "devices, cookies, connected apps, security and your requests. Use the arrow "
                  "keys to move between them.");
    case Area::Pages:
        return tr("The chosen section is shown here. Tables can be searched and filtered, "
                  "and each section says how recent its copy of your data is.");
    case Area::SyncAction:
        return tr("Downloads what changed on the server since the last sync. The app also "
                  "syncs by itself while you are signed in.");
    case Area::SyncStatus:
        return tr("Shows whether a sync is running, how far it has got and whether the last "
                  "one succeeded.");
    case Area::RequestsMenu:
        return tr("Exercise your rights from here: ask for a copy of your data, a correction, "
                  "its deletion or a restriction of its use. The Requests section follows "
                  "each request until it is answered.");
    case Area::HelpMenu:
        return tr("Take this tour again, or copy diagnostics for support staff: versions and "
                  "connection details, never your personal data.");
    }
    return {};
}

} // namespace pd
