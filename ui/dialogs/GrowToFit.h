#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace pd {

// Keeps a window at least as large as its contents need (as tall as they
// need at its width): when a message appears or a step with a longer
// explanation shows, the window grows with it instead of clipping the text (a
// top-level window does not follow its layout's height-for-width by itself,
// nor its layout's minimum size once given a minimum width of its own). It never shrinks a window
// the user made larger, nor grows past the screen; a window that would be
// taller than the screen grows wider instead, so that its texts wrap into
// fewer lines.
class GrowToFit : public QObject
{
    Q_OBJECT
public:
    // Owned by `window`.
    static void install(QWidget *window);
    // Grows `window` now if it is too short for its contents.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit GrowToFit(QWidget *window);

    QPointer<QWidget> m_window;
    bool m_pending = false;
};

} // namespace pd
