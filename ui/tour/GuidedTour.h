#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

class QSettings;

namespace pd {

class MainWindow;
class TourOverlay;

// The guided tour of the main window: which areas it shows, in which order,
// and what it says about each. Shown once after the first sign-in (a flag in
// the app's settings remembers that the user closed or finished it) and
// whenever Help → Take the Tour asks. The picture is a TourOverlay over the
// whole window, kept on the current step's area when the window resizes.
class GuidedTour : public QObject
{
    Q_OBJECT
public:
    enum class Area { Sidebar, Pages, SyncAction, SyncStatus, RequestsMenu, HelpMenu };

    GuidedTour(MainWindow *window, QSettings *settings);
    ~GuidedTour() override;

    // After a sign-in: starts the tour unless it was closed or done before
    // (or there are no settings to remember that in). Waits until the window
    // shows.
    void offerOnce();
    // From the first step, whatever the flag says.
    void start();
    // Hides the tour without counting it as seen (the session ended).
    void stop();

    bool isActive() const;
    int stepCount() const;
    int currentStep() const { return m_step; } // -1 when not active
    Area area(int step) const;
    // The area of `step` in window coordinates (empty when it is missing).
    QRect areaRect(int step) const;
    TourOverlay *overlay() const { return m_overlay; }

public Q_SLOTS:
    void next();
    void back();
    // Ends the tour for good (Close, Escape, or Done on the last step).
    void close();

Q_SIGNALS:
    void stepChanged(int step);
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep(int step);
    void refresh();
    QString heading(int step) const;
    QString text(int step) const;

    MainWindow *m_window;
    QSettings *m_settings;
    TourOverlay *m_overlay = nullptr; // child of the window
    QPointer<QWidget> m_focusBefore;
    int m_step = -1;
    bool m_pending = false; // offered while the window was hidden
    bool m_refreshQueued = false;
};

} // namespace pd
