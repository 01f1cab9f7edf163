#pragma once

#include "sync/SyncOutcome.h"
#include "sync/SyncProgress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pd {

// The sync's state in the status bar: what is being downloaded, how far it
// is, roughly how long is left, and a Cancel button.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void onStarted();
    void onProgress(const SyncProgress &progress);
    void onFinished(SyncOutcome outcome, const QString &message);
    void reset();

    QString text() const;

    // For users: "website visits", "messages"...
    // "About 3 minutes left", in the current locale; empty when unknown.
    static QString timeLeftText(qint64 etaMs);

Q_SIGNALS:
    void cancelRequested();

private:
    void setText(const QString &text);

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace pd
