#pragma once

#include <QRect>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pd {

// The guided tour's picture: dims the whole window except one rectangle,
// frames that rectangle, and shows a callout next to it with the step's
// explanation and Back / Next / Close. Colors come from the palette, so it
// reads in light and dark themes alike. Swallows mouse input while shown
// (the window underneath is not usable during the tour); the keyboard works
// through its buttons and Left / Right / Escape.
class TourOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit TourOverlay(QWidget *window);

    // `highlight` in this widget's coordinates (empty: nothing is lit).
    void showStep(int index, int count, const QString &heading, const QString &text,
                  const QRect &highlight);
    QRect highlight() const { return m_highlight; }

    QWidget *callout() const { return m_callout; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void backRequested();
    void nextRequested();
    void closeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void placeCallout();

    QRect m_highlight;
    QWidget *m_callout;
    QLabel *m_step;
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;
};

} // namespace pd
