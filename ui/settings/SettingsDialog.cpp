#include "settings/SettingsDialog.h"

#include "dialogs/GrowToFit.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

SettingsDialog::SettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_idleLabel(new QLabel(this))
    , m_idle(new QComboBox(this))
    , m_idleHint(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_receiptsLabel(new QLabel(this))
    , m_receiptsFolder(new QLineEdit(this))
    , m_chooseReceipts(new QPushButton(this))
    , m_receiptsNote(new QLabel(this))
    , m_keepInTray(new QCheckBox(this))
    , m_keepInTrayHint(new QLabel(this))
    , m_trayAvailable(values.trayAvailable)
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    GrowToFit::install(this);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that someone who cannot read the
    // current one still finds theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_idle->setObjectName(QStringLiteral("idleTimeoutCombo"));
    for (const std::chrono::minutes choice : AppSettings::idleTimeoutChoices())
        m_idle->addItem(QString(), int(choice.count()));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (const auto mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_theme->addItem(QString(), Theme::name(mode));
    // Not the standard Close button: the button box would put Qt's own text
    // back on it after each language change.
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QComboBox *combo : {m_language, m_idle, m_theme})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_idleHint->setObjectName(QStringLiteral("idleTimeoutHint"));
    m_idleHint->setWordWrap(true);
    m_idleHint->setTextFormat(Qt::PlainText);
    m_languageLabel->setBuddy(m_language);
    m_idleLabel->setBuddy(m_idle);
    m_themeLabel->setBuddy(m_theme);
    m_receiptsFolder->setObjectName(QStringLiteral("receiptsFolder"));
    // Read-only: a path does not wrap, and a field scrolls where a label
    // would be cut. It is changed with Choose…
    m_receiptsFolder->setReadOnly(true);
    m_receiptsFolder->setText(QDir::toNativeSeparators(values.receiptsFolder));
    m_chooseReceipts->setObjectName(QStringLiteral("chooseReceiptsFolderButton"));
    m_receiptsLabel->setBuddy(m_receiptsFolder);
    m_receiptsNote->setObjectName(QStringLiteral("receiptsNote"));
    m_receiptsNote->setWordWrap(true);
    m_receiptsNote->setTextFormat(Qt::PlainText);
    m_receiptsNote->hide();

    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    m_keepInTray->setChecked(values.keepInTray && values.trayAvailable);
    // Without a tray there is nowhere to keep running: closing quits.
    m_keepInTray->setEnabled(values.trayAvailable);
    m_keepInTrayHint->setObjectName(QStringLiteral("keepInTrayHint"));
    m_keepInTrayHint->setWordWrap(true);
    m_keepInTrayHint->setTextFormat(Qt::PlainText);

    selectData(m_language, values.language);
    selectData(m_idle, int(values.idleTimeout.count()));
    selectData(m_theme, Theme::name(values.theme));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_idleLabel, m_idle);
    form->addRow(m_idleHint);
    form->addRow(m_themeLabel, m_theme);
    auto *receiptsRow = new QHBoxLayout;
    receiptsRow->addWidget(m_receiptsFolder, 1);
    receiptsRow->addWidget(m_chooseReceipts);
    form->addRow(m_receiptsLabel, receiptsRow);
    form->addRow(m_receiptsNote);
    form->addRow(m_keepInTray);
    form->addRow(m_keepInTrayHint);
    auto *layout = new QVBoxLayout(this);
    // Longer texts in another language widen the dialog instead of being
    // cut.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT languageChosen(m_language->currentData().toString()); });
    connect(m_idle, &QComboBox::currentIndexChanged, this, [this] {
        Q_EMIT idleTimeoutChosen(std::chrono::minutes(m_idle->currentData().toInt()));
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT themeChosen(Theme::fromName(m_theme->currentData().toString())); });
    connect(m_chooseReceipts, &QPushButton::clicked, this, &SettingsDialog::chooseReceiptsFolder);
    connect(m_keepInTray, &QCheckBox::toggled, this, &SettingsDialog::keepInTrayChosen);

    retranslateUi();
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {m_language->currentData().toString(),
            std::chrono::minutes(m_idle->currentData().toInt()),
            Theme::fromName(m_theme->currentData().toString()),
            QDir::fromNativeSeparators(m_receiptsFolder->text()),
            m_keepInTray->isChecked(),
            m_trayAvailable};
}

void SettingsDialog::chooseReceiptsFolder()
{
    const QString current = QDir::fromNativeSeparators(m_receiptsFolder->text());
    const QString folder =
        m_chooser
            ? m_chooser(this, current)
            : QFileDialog::getExistingDirectory(this, tr("Choose Where to Keep Receipts"), current);
    if (folder.isEmpty())
        return;
    m_receiptsFolder->setText(QDir::toNativeSeparators(folder));
    Q_EMIT receiptsFolderChosen(folder);
}

void SettingsDialog::showReceiptsMove(int moved, int left, const QString &previousFolder)
{
    QStringList parts;
    if (moved > 0)
        parts << tr("%n receipt(s) moved to this folder.", nullptr, moved);
    if (left > 0)
        parts << tr("%n receipt(s) could not be moved and stay in %1.", nullptr, left)
                     .arg(QDir::toNativeSeparators(previousFolder));
    m_receiptsNote->setText(parts.join(u' '));
    m_receiptsNote->setVisible(!parts.isEmpty());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings — Privacy Dashboard"));
    setAccessibleName(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System default"));
    m_idleLabel->setText(tr("Sign out after &inactivity:"));
    m_idle->setAccessibleName(tr("Sign out after inactivity"));
    for (int index = 0; index < m_idle->count(); ++index)
        m_idle->setItemText(index, tr("%n minute(s)", nullptr, m_idle->itemData(index).toInt()));
    m_idleHint->setText(tr("To protect your data, the app signs you out after this long "
                           "without use. It takes effect at once."));
    m_idle->setAccessibleDescription(m_idleHint->text());
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_receiptsLabel->setText(tr("&Receipts folder:"));
    m_chooseReceipts->setText(tr("C&hoose…"));
    m_chooseReceipts->setAccessibleName(tr("Choose the receipts folder"));
    m_chooseReceipts->setAccessibleDescription(
        tr("Signed receipts of your requests are kept here. They stay after you sign out and "
           "after your account is deleted. Receipts already kept move to a folder you choose."));
    m_receiptsFolder->setAccessibleName(tr("Receipts folder"));
    m_receiptsFolder->setAccessibleDescription(m_chooseReceipts->accessibleDescription());
    m_keepInTray->setText(tr("&Keep running in the tray when the window is closed"));
    m_keepInTray->setAccessibleName(tr("Keep running in the tray when the window is closed"));
    m_keepInTrayHint->setText(
        m_trayAvailable
            ? tr("Updates to your requests then still reach you as desktop notifications. Quit "
                 "from the tray icon's menu.")
            : tr("Your desktop has no system tray: closing the window quits the app."));
    m_keepInTray->setAccessibleDescription(m_keepInTrayHint->text());
    m_close->setText(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
}

} // namespace pd
