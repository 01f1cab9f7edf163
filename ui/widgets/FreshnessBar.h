#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace pd {

class ApiError;
class CachedDocument;
class PlainTextLabel;

// The line above a page's content that says how fresh the shown copy is
// ("Updated 25/11/2026 08:30", "Refreshing…", or why the last refresh
// failed while an older copy is shown), with Refresh (F5) and, while a
// refresh runs, Cancel.
class FreshnessBar : public QWidget
{
    Q_OBJECT
public:
    explicit FreshnessBar(QWidget *parent = nullptr);

    // Follows `document` (several may be tracked; the oldest copy is shown).
    void track(CachedDocument *document);
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void cancel();

private:
    void updateStatus();
    void onFailed(const ApiError &error);

    QList<QPointer<CachedDocument>> m_documents;
    PlainTextLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QString m_lastError;
};

} // namespace pd
