#pragma once

#include "demo/DemoBackend.h"
#include "net/ServerProfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QWidget;

namespace pd {

class AppController;
class AppServices;
class DemoSession;
class RequestFlows;

// `--demo --screenshots DIR`: pictures of the app for support staff, the
// README and the AppStream metainfo. Signs in to the demo account the way the
// sign-in dialog does (password, then the account's current two-factor code,
// through AuthService), waits for the first sync, then saves as PNG:
// the sign-in window (`sign-in.png`, at its own size), every page of the main
// window at kWindowSize (`<Page::key()>.png`), and every request dialog the
// Requests menu offers (`request-<type>.png`, opened through RequestFlows and
// closed without submitting). Each wait ends when the page or dialog has left
// its loading state and no API request is running, or fails after a generous
// bound. The demo password is never in a picture: a picture that would show
// it is not saved and the run fails.
class ScreenshotRun : public QObject
{
    Q_OBJECT
public:
    // The main window's size in every page picture (logical pixels; the
    // offscreen platform has a device pixel ratio of 1).
    static constexpr QSize kWindowSize{1280, 800};

    // Saves into `folder` (made when missing). None of the pointers is owned.
    ScreenshotRun(AppServices *services, AppController *controller, RequestFlows *flows,
                  QString folder, QObject *parent = nullptr);
    ~ScreenshotRun() override;

    // Starts `demo` through the controller and runs every step; finished()
    // follows once.
    void start(DemoSession *demo);

    static QString pageFileName(const QString &pageKey);
    static QString requestFileName(const QString &requestType);

Q_SIGNALS:
    // A picture was written to `path`; `title` is what it shows (the page's
    // or the dialog's translated title).
    void saved(const QString &path, const QString &title);
    // `error` (translated) says why when !ok.
    void finished(bool ok, const QString &error);

private:
    using Condition = std::function<bool()>;
    using Step = std::function<void()>;

    // Polls `condition` until it has held for a few polls in a row, then
    // runs `next`; fails with `timeoutMessage` after `timeout`.
    void waitUntil(Condition condition, std::chrono::seconds timeout, QString timeoutMessage,
                   Step next);
    void poll();
    void fail(const QString &error);

    void signIn();
    void onSynced();
    void showPage(int index);
    void openDialog(int index);
    bool save(QWidget *widget, const QString &fileName, const QString &title);
    bool apiIdle() const;
    // Resizes `dialog` to its size hint; true once it has that size.
    bool fitted(QWidget *dialog);
    // Since the current wait began.
    std::chrono::milliseconds waited() const;

    AppServices *m_services;
    AppController *m_controller;
    RequestFlows *m_flows;
    QString m_folder;
    std::optional<ServerProfile> m_profile;
    std::optional<DemoBackend::DemoAccount> m_account;
    QStringList m_requestTypes;
    bool m_signedIn = false;
    bool m_synced = false;
    bool m_syncFailed = false;
    QString m_syncMessage;
    bool m_retriedCode = false;
    bool m_done = false;

    QTimer m_poll;
    QElapsedTimer m_waited;
    std::chrono::seconds m_timeout{0};
    QString m_timeoutMessage;
    Condition m_condition;
    Step m_next;
    int m_heldPolls = 0;
};

} // namespace pd
