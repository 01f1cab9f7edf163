#pragma once

#include "discovery/Discovery.h"
#include "outbox/OutboxItem.h"
#include "requests/RequestType.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class QDialogButtonBox;
class QPushButton;
class QVBoxLayout;

namespace pd {

class NoticeBanner;
class RequestRepository;
class PlainTextLabel;

// The frame every rights-request dialog shares: what the request means under
// the privacy policy (setConsequence()), the form a subclass builds into
// formLayout(), when the provider must answer (from the discovery document's
// request_deadline_days), a problem banner, and Submit. Submit asks the
// subclass for its payload (buildPayload()), lets it confirm
// (confirmSubmission(): a summary, a re-authentication...), then writes the
// request to the durable outbox and accepts: from then on the request is never
// lost, and it is sent (once) as soon as the server can be reached.
class RequestFormDialog : public QDialog
{
    Q_OBJECT
public:
    struct Context {
        RequestRepository *requests = nullptr; // not owned; null: nothing can be filed
        std::optional<Discovery> discovery;    // the server's facts, when known
    };

    RequestFormDialog(RequestType type, Context context, QWidget *parent = nullptr);

    RequestType requestType() const { return m_requestType; }
    // The type's wire name.
    const QString &type() const { return m_type; }
    QPushButton *submitButton() const { return m_submit; }
    NoticeBanner *problemBanner() const { return m_problem; }
    PlainTextLabel *consequenceLabel() const { return m_consequence; }
    PlainTextLabel *deadlineLabel() const { return m_deadline; }
    // The outbox item the dialog queued; nullopt until it did.
    const std::optional<OutboxItem> &queuedItem() const { return m_queued; }

    // Re-checks the form: enables Submit and shows the first problem (as a
    // warning) when the payload cannot be built. Subclasses call it whenever
    // an input changes.
    void revalidate();
    // Submits as if Submit was clicked (nothing happens while it is disabled).
    void submit();

Q_SIGNALS:
    // The request is in the outbox (then the dialog accepts).
    void queued(const pd::OutboxItem &item);

protected:
    // The policy's words on what this request does, shown first.
    void setConsequence(const QString &text);
    // Where subclasses put their inputs (between the consequence and the
    // deadline).
    QVBoxLayout *formLayout() const { return m_form; }
    void setSubmitText(const QString &text, const QString &accessibleName);
    const Context &context() const { return m_context; }
    void showProblem(const QString &text);

    // The payload to file; nullopt and *problem (translated, for the user)
    // while the form is incomplete or invalid.
    virtual std::optional<QJsonObject> buildPayload(QString *problem) const = 0;
    // Last step before queueing, e.g. a before/after summary or a
    // re-authentication. Return false to stay in the dialog; call
    // queue(payload) later to finish asynchronously.
    virtual bool confirmSubmission(const QJsonObject &payload);
    // Writes `payload` to the outbox and accepts; false (problem shown) when
    // it could not be saved.
    bool queue(const QJsonObject &payload);

    // Moves Submit and Cancel to the end of the tab order (the subclass's
    // inputs are created after them).
    void showEvent(QShowEvent *event) override;

private:
    void updateDeadline();

    RequestType m_requestType;
    QString m_type;
    Context m_context;
    PlainTextLabel *m_consequence;
    QVBoxLayout *m_form;
    PlainTextLabel *m_deadline;
    NoticeBanner *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    std::optional<OutboxItem> m_queued;
};

} // namespace pd
