// The Settings dialog with the app's real windows, signed in to the
// reference backend: a language switch shows at once in the main window
// (menus, sidebar, the current page, the status bar), in the hidden sign-in
// dialog and in the settings dialog itself, keeps the page and the session,
// and dates follow the new locale; the idle timeout reaches the running idle
// monitor and is saved; the theme changes the application palette.
//
// Expected texts come from the built translations (QCoreApplication::
// translate after the switch), and each check first makes sure the
// translation differs from the English source, so that it cannot pass
// without the switch.
#include "DataPagesSession.h"

#include "AppController.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "Translations.h"
#include "auth/AuthService.h"
#include "auth/IdleMonitor.h"
#include "core/AppServices.h"
#include "pages/Page.h"
#include "pages/PersonalDataPage.h"
#include "receipts/Receipt.h"
#include "receipts/ReceiptService.h"
#include "receipts/ReceiptStore.h"
#include "receipts/ReceiptsDialog.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "signin/ServerPicker.h"
#include "signin/SignInDialog.h"
#include "widgets/FieldFormat.h"
#include "widgets/ProfileView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pd;
using namespace pd::test;
using std::chrono::minutes;

namespace {

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

// Marks every text of one context, to see a widget retranslate itself
// whatever the translation files hold.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return u'⟦' + QString::fromUtf8(sourceText) + u'⟧';
    }

private:
    const char *m_context;
};

} // namespace

class TestGuiSettings : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    std::unique_ptr<AppController> m_controller;
    Tokens m_tokens;

    MainWindow *window() const { return m_controller->mainWindow(); }
    // The app's settings, shared by the core and the windows as in ui/main.cpp.
    QSettings *appSettings() const { return m_session.settings(); }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (const QAction *action : window()->menuBar()->actions())
            titles << action->text();
        return titles;
    }

    int personalDataIndex() const
    {
        for (int index = 0; index < window()->pageCount(); ++index) {
            if (qobject_cast<PersonalDataPage *>(window()->page(index)))
                return index;
        }
        return -1;
    }

    QLabel *lastChangedValue() const
    {
        auto *view = window()->currentPage()->findChild<ProfileView *>();
        return view ? view->findChild<QLabel *>(QStringLiteral("updated_at")) : nullptr;
    }

    QString lastChangedCaption() const
    {
        auto *view = window()->currentPage()->findChild<ProfileView *>();
        auto *form = view ? qobject_cast<QFormLayout *>(view->layout()) : nullptr;
        auto *label =
            form ? qobject_cast<QLabel *>(form->labelForField(lastChangedValue())) : nullptr;
        return label ? label->text() : QString();
    }

    SettingsDialog *dialog() const { return m_controller->settingsDialog(); }

    QComboBox *combo(const char *name) const
    {
        return dialog() ? dialog()->findChild<QComboBox *>(QLatin1String(name)) : nullptr;
    }

    // Chooses `code` the way a keyboard user does: arrow keys on the focused
    // language box.
    bool chooseLanguage(const QString &code)
    {
        QComboBox *language = combo("languageCombo");
        const int target = language ? language->findData(code) : -1;
        if (target < 0)
            return false;
        language->setFocus();
        while (language->currentIndex() != target)
            QTest::keyClick(language,
                            language->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        return Translations::current() == code;
    }

    QString updatedAt()
    {
        return serverJson(m_server, m_tokens, QStringLiteral("/api/v1/profile"))
            .value(QLatin1String("updated_at"))
            .toString();
    }

    bool inAccountMenu(const QAction *action)
    {
        for (const QAction *menu : window()->menuBar()->actions()) {
            if (menu->text() == translated("pd::MainWindow", "&Account") &&
                menu->menu()->actions().contains(action))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::setSearchPath(QStringLiteral(PD_QM_DIR));
        Translations::apply(QStringLiteral("en"));
        QVERIFY2(m_server.start(TestServer::processAfter(3600)), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_session.start(&error), qPrintable(error));
        m_controller = std::make_unique<AppController>(m_session.services(), appSettings(),
                                                       AppController::Options{});
        m_controller->setPageBuilder([services = m_session.services()](MainWindow &window) {
            PageCatalog::addStandardPages(window, *services);
        });
        QVERIFY2(m_session.signIn(m_server, 1, &error), qPrintable(error));
        m_tokens = m_server.signIn(m_server.accounts().at(1), QStringLiteral("tst_gui_settings"));
        QTRY_VERIFY(window()->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(!m_controller->signInDialog()->isVisible());
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        Translations::apply({});
    }

    // Qt has no Indonesian translation of its own texts; ours carries them.
    void qtsOwnTextsFollowTheLanguage()
    {
        Translations::apply(QStringLiteral("id"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Batal"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));
        QLineEdit field;
        std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QStringList texts;
        for (const QAction *action : menu->actions())
            texts << action->text().section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(texts.contains(QStringLiteral("&Salin")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("&Tempel")), qPrintable(texts.join(u'|')));
        // Qt's own file dialog, used where the desktop offers none.
        QFileDialog files(nullptr, QString(), QDir::tempPath());
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setFileMode(QFileDialog::ExistingFile);
        QStringList labels;
        for (const QLabel *label : files.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.contains(QStringLiteral("Cari di:")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("&Nama berkas:")), qPrintable(labels.join(u'|')));
        QCOMPARE(files.labelText(QFileDialog::Accept), QStringLiteral("&Buka"));
        Translations::apply(QStringLiteral("en"));
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void settingsOpenFromTheAccountMenu()
    {
        auto *action = window()->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(QKeySequence::Preferences));
        QVERIFY(inAccountMenu(action));
        action->trigger();
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
        // Not a child of a window a language switch replaces.
        QVERIFY(!dialog()->parentWidget());
        const QStringList unnamed = unnamedFocusableWidgets(dialog());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        for (QComboBox *box : dialog()->findChildren<QComboBox *>()) {
            QVERIFY(box->focusPolicy() & Qt::TabFocus);
            auto *form = box->parentWidget()->findChild<QFormLayout *>();
            auto *label = form ? qobject_cast<QLabel *>(form->labelForField(box)) : nullptr;
            QVERIFY2(label && label->buddy() == box && label->text().contains(u'&'),
                     qPrintable(box->objectName()));
        }
        QCOMPARE(combo("languageCombo")->currentData().toString(), QStringLiteral("en"));
    }

    void languageSwitchesEveryWindowAtOnce()
    {
        const int page = personalDataIndex();
        QVERIFY(page >= 0);
        window()->setCurrentPage(page);
        QTRY_COMPARE_WITH_TIMEOUT(pageState(window()->currentPage()), u"content"_qs, 30000);
        const QString rawDate = updatedAt();
        QVERIFY(!rawDate.isEmpty());
        QVERIFY(lastChangedValue());
        const QString englishDate = lastChangedValue()->text();
        QCOMPARE(englishDate, FieldFormat::apiDateTime(rawDate, QLocale::LongFormat));
        QVERIFY(menuTitles().contains(u"&Account"_qs));
        const QSize size = window()->size();
        const QString englishSignIn = m_controller->signInDialog()->windowTitle();
        SettingsDialog *const settings = dialog();

        QVERIFY(chooseLanguage(QStringLiteral("id")));
        QCOMPARE(AppSettings(appSettings()).language(), QStringLiteral("id"));
        QCOMPARE(QLocale().language(), QLocale::Indonesian);
        // The translations are there: each expected text below is Indonesian.
        const QString account = translated("pd::MainWindow", "&Account");
        const QString overview = translated("pd::OverviewPage", "Overview");
        const QString personal = translated("pd::PersonalDataPage", "Personal data");
        const QString connected = translated("pd::MainWindow", "Connected to %1");
        const QString lastChanged = translated("pd::ProfileView", "Last changed");
        const QString signInTitle = translated("pd::SignInDialog", "Sign In — Privacy Dashboard");
        QVERIFY(account != u"&Account"_qs);
        QVERIFY(overview != u"Overview"_qs);
        QVERIFY(personal != u"Personal data"_qs);
        QVERIFY(connected != u"Connected to %1"_qs);
        QVERIFY(lastChanged != u"Last changed"_qs);
        QVERIFY(signInTitle != englishSignIn);

        // The main window: still there, signed in, on the same page.
        QVERIFY(window()->isVisible());
        QVERIFY(m_session.services()->auth()->isSignedIn());
        // Same size, or wider where the sidebar's longer titles need it.
        QCOMPARE(window()->height(), size.height());
        QVERIFY(window()->width() >= size.width());
        QCOMPARE(window()->sidebar()->currentRow(), page);
        QCOMPARE(window()->currentPage(), window()->page(page));
        QVERIFY(menuTitles().contains(account));
        QVERIFY(menuTitles().contains(translated("pd::MainWindow", "&Help")));
        QVERIFY(menuTitles().contains(translated("pd::PageCatalog", "&Requests")));
        QCOMPARE(window()->sidebar()->item(0)->text(), overview);
        QCOMPARE(window()->sidebar()->item(page)->text(), personal);
        for (int index = 0; index < window()->pageCount(); ++index)
            QCOMPARE(window()->sidebar()->item(index)->text(), window()->page(index)->title());
        auto *status = window()->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY(status);
        QCOMPARE(status->text(), connected.arg(u"Test server"_qs));
        // The page's data comes back from the local copy, its date in the
        // new locale.
        QTRY_COMPARE_WITH_TIMEOUT(pageState(window()->currentPage()), u"content"_qs, 30000);
        QCOMPARE(lastChangedCaption(), translated("pd::ProfileView", "%1:").arg(lastChanged));
        QCOMPARE(lastChangedValue()->text(),
                 QLocale(QLocale::Indonesian)
                     .toString(QDateTime::fromString(rawDate, Qt::ISODateWithMs).toLocalTime(),
                               QLocale::LongFormat));
        QVERIFY(lastChangedValue()->text() != englishDate);

        // The hidden sign-in dialog and the settings dialog itself.
        QCOMPARE(m_controller->signInDialog()->windowTitle(), signInTitle);
        QVERIFY(!m_controller->signInDialog()->isVisible());
        QCOMPARE(dialog(), settings);
        QVERIFY(settings->isVisible());
        QTRY_COMPARE(settings->windowTitle(),
                     translated("pd::SettingsDialog", "Settings — Privacy Dashboard"));
        QComboBox *language = combo("languageCombo");
        QCOMPARE(language->itemText(0), translated("pd::SettingsDialog", "System default"));
        // Each language is named in itself, whatever the current one.
        QCOMPARE(language->itemText(language->findData(u"en"_qs)), u"English"_qs);
        QCOMPARE(language->itemText(language->findData(u"id"_qs)), u"Bahasa Indonesia"_qs);

        QVERIFY(chooseLanguage(QStringLiteral("en")));
        QCOMPARE(AppSettings(appSettings()).language(), QStringLiteral("en"));
        QVERIFY(menuTitles().contains(u"&Account"_qs));
        QCOMPARE(window()->sidebar()->item(0)->text(), u"Overview"_qs);
        QCOMPARE(window()->currentPage(), window()->page(page));
        QCOMPARE(m_controller->signInDialog()->windowTitle(), englishSignIn);
        QTRY_COMPARE_WITH_TIMEOUT(pageState(window()->currentPage()), u"content"_qs, 30000);
        QCOMPARE(lastChangedValue()->text(), englishDate);
        QTRY_COMPARE(settings->windowTitle(), u"Settings — Privacy Dashboard"_qs);
    }

    void settingsDialogRetranslatesInPlace()
    {
        SettingsDialog *const settings = dialog();
        QVERIFY(settings);
        MarkingTranslator marking("pd::SettingsDialog");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_COMPARE(settings->windowTitle(), u"⟦Settings — Privacy Dashboard⟧"_qs);
        QCOMPARE(combo("themeCombo")->itemText(0), u"⟦Follow the system⟧"_qs);
        QCOMPARE(combo("themeCombo")->accessibleName(), u"⟦Theme⟧"_qs);
        auto *close = settings->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(close);
        QCOMPARE(close->text(), u"⟦&Close⟧"_qs);
        // Longer texts widen the dialog rather than being cut.
        QTRY_VERIFY(settings->width() >= settings->layout()->minimumSize().width());
        QCoreApplication::removeTranslator(&marking);
        QTRY_COMPARE(settings->windowTitle(), u"Settings — Privacy Dashboard"_qs);
    }

    void idleTimeoutReachesTheMonitorAndIsSaved()
    {
        IdleMonitor *idle = m_session.services()->idle();
        QVERIFY(idle && idle->isRunning());
        QCOMPARE(idle->timeout(), minutes(15));
        QComboBox *choices = combo("idleTimeoutCombo");
        QVERIFY(choices);
        // Sign off when done: every choice is a time, none is "never".
        QCOMPARE(choices->count(), 5);
        for (int index = 0; index < choices->count(); ++index)
            QVERIFY(choices->itemData(index).toInt() > 0);
        QCOMPARE(choices->currentData().toInt(), 15);

        choices->setCurrentIndex(choices->findData(5));
        QCOMPARE(idle->timeout(), minutes(5));
        QVERIFY(idle->isRunning());
        appSettings()->sync();
        QSettings saved(appSettings()->fileName(), QSettings::IniFormat);
        QCOMPARE(AppSettings(&saved).idleTimeout(), minutes(5));
        // The next start reads it (ui/main.cpp passes it to AppServices).
        AppServices::Options options;
        options.idleMinutes = int(AppSettings(&saved).idleTimeout().count());
        AppServices next(options);
        QCOMPARE(next.idle()->timeout(), minutes(5));

        choices->setCurrentIndex(choices->findData(60));
        QCOMPARE(idle->timeout(), minutes(60));
        choices->setCurrentIndex(choices->findData(15));
        QCOMPARE(idle->timeout(), minutes(15));
    }

    void themeChangesThePalette()
    {
        const QColor original = QApplication::palette().color(QPalette::Window);
        QComboBox *theme = combo("themeCombo");
        QVERIFY(theme);
        QCOMPARE(theme->currentData().toString(), u"system"_qs);

        theme->setCurrentIndex(theme->findData(u"dark"_qs));
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::darkPalette().color(QPalette::Window));
        QVERIFY(QApplication::palette().color(QPalette::Window) != original);
        QTRY_COMPARE(window()->palette().color(QPalette::Window),
                     Theme::darkPalette().color(QPalette::Window));
        QCOMPARE(AppSettings(appSettings()).theme(), Theme::Mode::Dark);

        theme->setCurrentIndex(theme->findData(u"system"_qs));
        QCOMPARE(QApplication::palette().color(QPalette::Window), original);
        QCOMPARE(AppSettings(appSettings()).theme(), Theme::Mode::System);
    }

    // The receipts kept so far move with the folder, so the app still lists
    // every one; a file that is not a receipt stays, and the dialog says so.
    void receiptsFolderIsChosenAndSaved()
    {
        m_controller->showSettings();
        QVERIFY(dialog());
        ReceiptService *receipts = m_session.services()->receipts();
        auto *shown = dialog()->findChild<QLineEdit *>(QStringLiteral("receiptsFolder"));
        QVERIFY(shown);
        const QString before = receipts->folder();
        QString error;
        std::optional<Receipt> kept = Receipt::fromText(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("format"), QLatin1String(Receipt::kReceiptFormat)},
                    {QStringLiteral("kid"), QStringLiteral("key-1")},
                    {QStringLiteral("request_id"), QStringLiteral("r-kept")},
                    {QStringLiteral("type"), QStringLiteral("export")},
                    {QStringLiteral("outcome"), QStringLiteral("completed")},
                    {QStringLiteral("ended_at"), QStringLiteral("2026-01-03T00:00:00.000Z")}})
                .toJson(QJsonDocument::Compact),
            &error);
        QVERIFY2(kept, qPrintable(error));
        kept->signature = QByteArray(64, 's');
        kept->publicKey = QByteArray(32, 'k');
        QVERIFY2(receipts->store().save(*kept, &error), qPrintable(error));
        const QString stray = QDir(before).filePath(u"receipt-stray.pdreceipt"_qs);
        QFile strayFile(stray);
        QVERIFY(strayFile.open(QIODevice::WriteOnly) && strayFile.write("not a receipt") > 0);
        strayFile.close();
        QVERIFY(!dialog()->receiptsNote()->isVisible());
        QCOMPARE(QDir::fromNativeSeparators(shown->text()), before);
        QTemporaryDir chosen;
        QVERIFY(chosen.isValid());
        QString offered;
        dialog()->setFolderChooser([&](QWidget *, const QString &current) {
            offered = current;
            return chosen.path();
        });
        QTest::mouseClick(dialog()->chooseReceiptsFolderButton(), Qt::LeftButton);
        // The dialog starts where receipts are kept now.
        QCOMPARE(offered, before);
        QCOMPARE(receipts->folder(), chosen.path());
        QCOMPARE(QDir::fromNativeSeparators(shown->text()), chosen.path());
        QCOMPARE(AppSettings(appSettings()).receiptsFolder(), chosen.path());
        QVERIFY(QFile::exists(QDir(chosen.path()).filePath(u"receipt-r-kept.pdreceipt"_qs)));
        QVERIFY(!QFile::exists(QDir(before).filePath(u"receipt-r-kept.pdreceipt"_qs)));
        QVERIFY(QFile::exists(stray));
        QCOMPARE(receipts->store().all().size(), 1);
        QCOMPARE(receipts->store().all().constFirst().requestId, u"r-kept"_qs);
        QVERIFY(dialog()->receiptsNote()->isVisible());
        const QString note = dialog()->receiptsNote()->text();
        QVERIFY2(note.startsWith(u"1 receipt"_qs) && note.contains(u"moved to this folder"_qs),
                 qPrintable(note));
        QVERIFY2(note.contains(u"could not be moved"_qs) &&
                     note.contains(QDir::toNativeSeparators(before)),
                 qPrintable(note));
        QFile::remove(stray);
        // Cancelled: nothing changes.
        dialog()->setFolderChooser([](QWidget *, const QString &) { return QString(); });
        QTest::mouseClick(dialog()->chooseReceiptsFolderButton(), Qt::LeftButton);
        QCOMPARE(receipts->folder(), chosen.path());
    }

    // Closing the window leaves the app in the tray only when the user
    // turned it on, and only where there is a tray to come back through.
    void keepInTrayIsOfferedOnlyWithATray()
    {
        SettingsDialog withTray(
            {u"en"_qs, minutes(15), Theme::Mode::System, QString(), false, true});
        QCheckBox *keep = withTray.keepInTrayCheck();
        QVERIFY(keep->isEnabled());
        QVERIFY(!keep->isChecked());
        QVERIFY(!keep->accessibleName().isEmpty());
        QSignalSpy chosen(&withTray, &SettingsDialog::keepInTrayChosen);
        keep->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toBool(), true);
        QVERIFY(withTray.values().keepInTray);

        // No tray: nothing to keep running in, whatever was saved.
        SettingsDialog noTray({u"en"_qs, minutes(15), Theme::Mode::System, QString(), true, false});
        QVERIFY(!noTray.keepInTrayCheck()->isEnabled());
        QVERIFY(!noTray.keepInTrayCheck()->isChecked());
        auto *hint = noTray.findChild<QLabel *>(u"keepInTrayHint"_qs);
        QVERIFY(hint);
        QVERIFY(hint->text().contains(u"no system tray"_qs));

        // The app's dialog offers it as this desktop allows, and saves it.
        m_controller->showSettings();
        QVERIFY(dialog());
        QCheckBox *appKeep = dialog()->keepInTrayCheck();
        QCOMPARE(appKeep->isEnabled(), QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!AppSettings(appSettings()).keepInTray());
        if (appKeep->isEnabled()) {
            appKeep->click();
            QVERIFY(AppSettings(appSettings()).keepInTray());
            appKeep->click();
        }
        QVERIFY(!AppSettings(appSettings()).keepInTray());
    }

    void receiptsOpenFromTheAccountMenuAndTheSignInWindow()
    {
        auto *action = window()->findChild<QAction *>(QStringLiteral("receiptsAction"));
        QVERIFY(action);
        QVERIFY(inAccountMenu(action));
        action->trigger();
        QTRY_VERIFY(m_controller->receiptsDialog() && m_controller->receiptsDialog()->isVisible());
        ReceiptsDialog *receipts = m_controller->receiptsDialog();
        // Nothing ended in this session: an empty list that says so.
        QCOMPARE(receipts->list()->count(), 0);
        QVERIFY(receipts->note()->isVisible());
        QVERIFY(!receipts->showButton()->isEnabled());
        checkAccessibleNames(receipts);
        receipts->close();
        QTRY_VERIFY(!m_controller->receiptsDialog());

        // Signed out too, from the sign-in window.
        auto *button = m_controller->signInDialog()->findChild<QPushButton *>(
            QStringLiteral("receiptsButton"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        button->click();
        QTRY_VERIFY(m_controller->receiptsDialog() && m_controller->receiptsDialog()->isVisible());
        m_controller->receiptsDialog()->close();
    }

    // Last: it signs out.
    void languageSwitchFromTheSignInDialog()
    {
        dialog()->close();
        QTRY_VERIFY(!dialog());
        QSignalSpy signedOut(m_session.services(), &AppServices::signedOut);
        m_session.services()->signOut();
        QVERIFY(signedOut.wait(30000));
        QTRY_VERIFY(m_controller->signInDialog()->isVisible());
        QVERIFY(!window()->isVisible());
        SignInDialog *signIn = m_controller->signInDialog();
        // The test server's profile was saved after the dialog was built.
        signIn->servers()->reload(m_session.services()->lastProfileId());
        const auto profile = signIn->selectedProfile();
        QVERIFY(profile);
        auto *email = signIn->findChild<QLineEdit *>(QStringLiteral("email"));
        QVERIFY(email);
        email->clear();
        QTest::keyClicks(email, QStringLiteral("someone@example.org"));
        const QString englishTitle = signIn->windowTitle();

        auto *button = signIn->findChild<QPushButton *>(QStringLiteral("settingsButton"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
        QVERIFY(chooseLanguage(QStringLiteral("id")));

        // The dialog on screen now reads Indonesian, with what was typed.
        signIn = m_controller->signInDialog();
        const QString title = translated("pd::SignInDialog", "Sign In — Privacy Dashboard");
        QVERIFY(title != englishTitle);
        QVERIFY(signIn->isVisible());
        QCOMPARE(signIn->windowTitle(), title);
        QCOMPARE(signIn->findChild<QLineEdit *>(QStringLiteral("email"))->text(),
                 u"someone@example.org"_qs);
        QVERIFY(signIn->selectedProfile());
        QCOMPARE(signIn->selectedProfile()->id, profile->id);
        QVERIFY(!window()->isVisible());

        QVERIFY(chooseLanguage(QStringLiteral("en")));
        QVERIFY(m_controller->signInDialog()->isVisible());
        QCOMPARE(m_controller->signInDialog()->windowTitle(), englishTitle);
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
