#pragma once

#include "widgets/NoticeBanner.h"

#include <QPointer>

class QProgressBar;

namespace pd {

class ServerAction;

// Says what became of the user's last action on a page: while the request
// runs, a busy indicator and Cancel (which cancels the action); then its
// outcome. Hidden until the first action.
class ActionStatusBar : public NoticeBanner
{
    Q_OBJECT
public:
    explicit ActionStatusBar(QWidget *parent = nullptr);

    // Shows `text` with a busy indicator; Cancel cancels `action` (may be null).
    void start(const QString &text, ServerAction *action);
    // Ends the busy state and shows the outcome.
    void finish(NoticeBanner::Kind kind, const QString &text);
    bool isBusy() const { return m_busy; }

private:
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<ServerAction> m_action;
    bool m_busy = false;
};

} // namespace pd
