#pragma once

#include "requests/RequestFormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pd {

// The "guardian_removal" request: a parent or guardian asks for a minor's
// data to be removed {guardian_name, relation, minor {full_name, email?,
// phone?, username?}, statement}. At least one identifier (email, phone,
// username) finds the minor; the phone is sent in E.164 form.
class GuardianRemovalDialog : public RequestFormDialog
{
    Q_OBJECT
public:
    static constexpr int kMaxName = 200;
    static constexpr int kMaxStatement = 10000;

    explicit GuardianRemovalDialog(Context context, QWidget *parent = nullptr);

    QLineEdit *guardianNameEdit() const { return m_guardianName; }
    QComboBox *relationBox() const { return m_relation; }
    QLineEdit *minorNameEdit() const { return m_minorName; }
    QLineEdit *minorEmailEdit() const { return m_email; }
    QLineEdit *minorPhoneEdit() const { return m_phone; }
    QLineEdit *minorUsernameEdit() const { return m_username; }
    QPlainTextEdit *statementEdit() const { return m_statement; }

protected:
    std::optional<QJsonObject> buildPayload(QString *problem) const override;

private:
    QLineEdit *m_guardianName;
    QComboBox *m_relation;
    QLineEdit *m_minorName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_username;
    QPlainTextEdit *m_statement;
};

} // namespace pd
