#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace pd {

class NoticeBanner;
class Outbox;

// Reports a security concern as a `security_report` request
// {category, description, diagnostics?} through the durable outbox (sent
// when the server can be reached). The optional diagnostics describe this
// app and computer only — versions and platform, no personal data — and are
// shown before they are attached.
class ReportSecurityConcernDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxDescription = 10000;

    // `outbox` is not owned; null means the report cannot be filed.
    explicit ReportSecurityConcernDialog(Outbox *outbox, QWidget *parent = nullptr);

    // The payload the dialog would submit now.
    QJsonObject payload() const;
    // What "attach diagnostics" adds: app, Qt and platform facts.
    static QString diagnosticsText();

    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *diagnosticsBox() const { return m_attach; }
    QPushButton *submitButton() const { return m_submit; }

private:
    void updateActions();
    void submit();

    Outbox *m_outbox;
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QCheckBox *m_attach;
    QPlainTextEdit *m_diagnostics;
    NoticeBanner *m_problem;
    QPushButton *m_submit;
};

} // namespace pd
