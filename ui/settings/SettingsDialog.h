#pragma once

#include "settings/Theme.h"

#include <QDialog>

#include <chrono>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace pd {

// Language, inactivity sign-out and theme. Each choice applies at once (the
// dialog only reports it; AppController applies and saves it), so there is
// no OK/Cancel. Retranslates itself in place when the language changes.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values {
        QString language; // "" for the system's
        std::chrono::minutes idleTimeout{15};
        Theme::Mode theme = Theme::Mode::System;
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;

Q_SIGNALS:
    void languageChosen(const QString &code);
    void idleTimeoutChosen(std::chrono::minutes timeout);
    void themeChosen(pd::Theme::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_idleLabel;
    QComboBox *m_idle;
    QLabel *m_idleHint;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QDialogButtonBox *m_buttons;
    QPushButton *m_close;
};

} // namespace pd
