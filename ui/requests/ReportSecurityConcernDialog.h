#pragma once

#include "requests/RequestFormDialog.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace pd {

// Reports a security concern as a `security_report` request
// {category, description, diagnostics?}. The optional diagnostics describe
// this app and computer only — versions and platform, no personal data — and
// are shown as soon as the user ticks the box, before anything is sent.
class ReportSecurityConcernDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxDescription = 10000;
    static constexpr int kMaxDiagnostics = 65536;

    explicit ReportSecurityConcernDialog(Context context, QWidget *parent = nullptr);

    // What "attach diagnostics" adds: app, Qt and platform facts.
    static QString diagnosticsText();

    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *diagnosticsBox() const { return m_attach; }
    // The diagnostics exactly as they would be attached (visible while the
    // box is ticked).
    QPlainTextEdit *diagnosticsView() const { return m_diagnostics; }

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;

private:
    QComboBox *m_category;
    QPlainTextEdit *m_description;
    QCheckBox *m_attach;
    QPlainTextEdit *m_diagnostics;
};

} // namespace pd
