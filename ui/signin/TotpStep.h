#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

// The two-factor step: explains where the code comes from and takes the
// 6-digit code. In the demo, a hint shows the demo account's current code.
class TotpStep : public QWidget
{
    Q_OBJECT
public:
    explicit TotpStep(QWidget *parent = nullptr);

    QString code() const;
    bool hasCompleteCode() const;
    void clear();
    void setProviderName(const QString &name);
    // Demo only: the demo account's secret, to show its current code.
    void setDemoSecret(const QString &secret);
    void focusCode();

Q_SIGNALS:
    void backRequested();

private:
    void updateDemoHint();

    QLabel *m_explanation;
    QLineEdit *m_code;
    QLabel *m_demoHint;
    QPushButton *m_back;
    QString m_demoSecret;
    QTimer m_demoTimer;
};

} // namespace pd
