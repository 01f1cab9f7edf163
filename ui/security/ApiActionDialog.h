#pragma once

#include "account/ServerAction.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pd {

class AppServices;
class NoticeBanner;
class PlainTextLabel;

// Base of the dialogs that talk to the server in one or more steps
// (re-authenticate, then change...): the subclass fills body() and adds its
// action button; send() runs a request with a busy indicator; Cancel (or
// Escape) cancels a running request and closes. Problems are shown as plain
// text above the buttons. Open it with open(): window-modal, no nested loop.
class ApiActionDialog : public QDialog
{
    Q_OBJECT
public:
    ApiActionDialog(AppServices *services, const QString &title, QWidget *parent = nullptr);

    bool isBusy() const { return m_action != nullptr; }
    NoticeBanner *problemBanner() const { return m_problem; }

public Q_SLOTS:
    void reject() override;

protected:
    AppServices *services() const { return m_services; }
    QVBoxLayout *body() const { return m_body; }
    // The dialog's main action: the default button, left of Cancel.
    QPushButton *addActionButton(const QString &text, const QString &accessibleName);
    QPushButton *cancelButton() const { return m_cancel; }

    // Runs `request` (built by the core: SecuritySettings, EmailChange...)
    // as the account's ServerAction, showing `progressText`; `done` runs with the result,
    // except when the request was cancelled (the dialog is closing).
    void send(ApiRequest request, const QString &progressText,
              std::function<void(const ApiResult &)> done);
    void showProblem(const QString &message);
    void clearProblem();
    // The usual message for a failed step: wrong password or code, too many
    // attempts, field errors, or the error's own message.
    static QString problemText(const ApiError &error);
    // Called whenever the busy state changes: enable the action buttons here.
    virtual void updateActions() {}
    void showEvent(QShowEvent *event) override;

private:
    AppServices *m_services;
    QVBoxLayout *m_body;
    NoticeBanner *m_problem;
    QProgressBar *m_progress;
    PlainTextLabel *m_progressLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cancel;
    QPointer<ServerAction> m_action;
};

} // namespace pd
