#pragma once

#include "settings/Theme.h"

#include <QDialog>

#include <chrono>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

// Language, inactivity sign-out, theme, where receipts are kept and whether
// closing the window leaves the app in the tray. Each choice applies at once
// (the dialog only reports it; AppController applies and saves it), so there is no OK/Cancel.
// Retranslates itself in place when the language changes.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values {
        QString language; // "" for the system's
        std::chrono::minutes idleTimeout{15};
        Theme::Mode theme = Theme::Mode::System;
        QString receiptsFolder; // the folder in use
        bool keepInTray = false;
        bool trayAvailable = false; // the desktop has a system tray
    };
    // Asks for a folder, starting at `current`; empty: cancelled.
    using FolderChooser = std::function<QString(QWidget *parent, const QString &current)>;

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;
    // Replaces the folder dialog (tests).
    void setFolderChooser(FolderChooser chooser) { m_chooser = std::move(chooser); }
    QPushButton *chooseReceiptsFolderButton() const { return m_chooseReceipts; }
    QLabel *receiptsNote() const { return m_receiptsNote; }
    // Says what moving the receipts to the chosen folder did: `moved` moved,
    // `left` still in `previousFolder`.
    void showReceiptsMove(int moved, int left, const QString &previousFolder);
    QCheckBox *keepInTrayCheck() const { return m_keepInTray; }

Q_SIGNALS:
    void languageChosen(const QString &code);
    void idleTimeoutChosen(std::chrono::minutes timeout);
    void themeChosen(pd::Theme::Mode mode);
    void receiptsFolderChosen(const QString &folder);
    void keepInTrayChosen(bool keep);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseReceiptsFolder();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_idleLabel;
    QComboBox *m_idle;
    QLabel *m_idleHint;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_receiptsLabel;
    QLineEdit *m_receiptsFolder;
    QPushButton *m_chooseReceipts;
    QLabel *m_receiptsNote;
    QCheckBox *m_keepInTray;
    QLabel *m_keepInTrayHint;
    bool m_trayAvailable;
    FolderChooser m_chooser;
    QDialogButtonBox *m_buttons;
    QPushButton *m_close;
};

} // namespace pd
