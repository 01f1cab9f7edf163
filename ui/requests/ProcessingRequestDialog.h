#pragma once

#include "requests/RequestFormDialog.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pd {

// The form shared by "restrict" and "object" requests
// {processing: [1–20 activities, each at most 200 characters], reason}: a
// checkable list of the processing the privacy policy names, to which the
// user can add their own activities, and the reason. The two requests differ
// only in their type and wording (RestrictProcessingDialog,
// ObjectToProcessingDialog).
class ProcessingRequestDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxActivities = 20;
    static constexpr int kMaxActivityLength = 200;
    static constexpr int kMaxReason = 2000;

    // The processing the privacy policy names, offered as suggestions: in
    // English, as they are sent (the list shows them translated).
    static QStringList policyActivities();

    QListWidget *activityList() const { return m_activities; }
    QLineEdit *newActivityEdit() const { return m_newActivity; }
    QPushButton *addButton() const { return m_add; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    // The checked activities as they are sent, in list order.
    QStringList chosenActivities() const;

protected:
    // What differs between the requests.
    struct Wording {
        QString title;
        QString consequence;
        QString reasonLabel;       // with a mnemonic
        QString reasonPlaceholder; // an example of a reason
    };
    ProcessingRequestDialog(RequestType type, Context context, const Wording &wording,
                            QWidget *parent);

    std::optional<QJsonObject> buildPayload(QString *problem) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Ticks the activity `text` (sent as written), adding it when the list
    // does not have it.
    void checkActivity(const QString &text);

private:
    void addActivity();
    void updateAddButton();

    QListWidget *m_activities;
    QLineEdit *m_newActivity;
    QPushButton *m_add;
    QPlainTextEdit *m_reason;
};

} // namespace pd
