#pragma once

#include <QWidget>

class QProgressBar;

namespace pd {

class PlainTextLabel;

// Tells, while the user types a new password, whether it is long and varied
// enough: at least 12 characters (what the server requires), better longer
// and mixing letters, digits and symbols. A hint, not a rule: only the
// minimum length is enforced.
class PasswordStrengthHint : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMinimumLength = 12;
    // 0 too short, 1 weak, 2 fair, 3 good, 4 strong.
    static int score(const QString &password);

    explicit PasswordStrengthHint(QWidget *parent = nullptr);

    QString hintText() const;

public Q_SLOTS:
    void setPassword(const QString &password);

private:
    QProgressBar *m_meter;
    PlainTextLabel *m_hint;
};

} // namespace pd
