// The security page and its dialogs (two-factor on and off, password change,
// security report, sign out everywhere) driven through the real widgets
// against the reference backend.
#include "DataPagesSession.h"

#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "dialogs/TypedConfirmationDialog.h"
#include "outbox/Outbox.h"
#include "pages/LinkedIdentitiesSection.h"
#include "pages/SecurityPage.h"
#include "requests/ReportSecurityConcernDialog.h"
#include "requests/RequestFlows.h"
#include "security/ChangePasswordDialog.h"
#include "security/DisableTwoFactorDialog.h"
#include "security/EnableTwoFactorDialog.h"
#include "security/PasswordStrengthHint.h"
#include "security/QrCodeWidget.h"
#include "security/ReauthenticateDialog.h"
#include "widgets/NoticeBanner.h"
#include "widgets/PasswordField.h"
#include "widgets/PlainTextLabel.h"
#include "widgets/TotpCodeEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestGuiDocumentsSecurity : public QObject
{
    Q_OBJECT

    TestServer m_server;
    DataPagesSession m_session;
    Tokens m_tokens;
    DemoAccount m_account;
    // Parents the request flows' dialogs, as the main window does.
    std::unique_ptr<QWidget> m_window;
    RequestFlows *m_flows = nullptr;
    std::unique_ptr<SecurityPage> m_page;
    QString m_secret;

    AppServices *services() const { return m_session.services(); }
    QJsonObject security()
    {
        return serverJson(m_server, m_tokens, QStringLiteral("/api/v1/auth/security"));
    }

    template <class D> D *waitForDialog()
    {
        D *dialog = nullptr;
        const bool found = QTest::qWaitFor(
            [&] {
                dialog = m_page->findChild<D *>();
                return dialog && dialog->isVisible();
            },
            5000);
        return found ? dialog : nullptr;
    }

    ReauthenticateDialog *visibleReauthentication() const
    {
        return visibleChild<ReauthenticateDialog>(m_page.get());
    }

    // Presses "enable two-factor" and waits for its dialog to ask to confirm
    // it is you (the session has not re-authenticated); the dialog, or null.
    EnableTwoFactorDialog *openEnableTwoFactor()
    {
        QTest::mouseClick(m_page->enableTwoFactorButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<EnableTwoFactorDialog>();
        const bool asks = dialog && QTest::qWaitFor(
                                        [dialog] {
                                            return dialog->reauthenticateDialog() &&
                                                   dialog->reauthenticateDialog()->isVisible();
                                        },
                                        15000);
        return asks ? dialog : nullptr;
    }

    // Confirms it is you with the account's password; true once the dialog
    // shows the new key.
    bool confirmWithPassword(EnableTwoFactorDialog *dialog)
    {
        ReauthenticateDialog *reauth = dialog->reauthenticateDialog();
        QTest::keyClicks(reauth->passwordField()->lineEdit(), m_account.password);
        QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        return QTest::qWaitFor([dialog] { return !dialog->secretLabel()->text().isEmpty(); },
                               15000);
    }

    static bool closed(const QPointer<QDialog> &dialog)
    {
        return dialog.isNull() || !dialog->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        QString error;
        QVERIFY2(m_session.startSignedIn(m_server, {}, 1, &error), qPrintable(error));
        m_account = m_server.accounts().at(1);
        m_tokens = m_server.signIn(m_account, QStringLiteral("tst_gui_documents_security"));
        QVERIFY(!m_tokens.accessToken.isEmpty());

        m_window = std::make_unique<QWidget>();
        m_flows = new RequestFlows(services(), m_window.get());
        m_page = std::make_unique<SecurityPage>(services(), m_flows);
        QVERIFY(showAndActivate(m_page.get(), {1000, 800}));
        QTRY_COMPARE_WITH_TIMEOUT(pageState(m_page.get()), QStringLiteral("content"), 30000);
    }

    void showsTheServersSecurityState()
    {
        QVERIFY(!security().value(QLatin1String("two_factor_enabled")).toBool());
        QVERIFY(m_page->twoFactorLabel()->text().startsWith(QStringLiteral("Off")));
        QVERIFY(m_page->enableTwoFactorButton()->isVisible());
        QVERIFY(!m_page->disableTwoFactorButton()->isVisible());
        // The policy's advice.
        bool advised = false;
        for (const PlainTextLabel *label : m_page->findChildren<PlainTextLabel *>())
            advised =
                advised || label->text().contains(QStringLiteral("two-factor authentication, so"));
        QVERIFY(advised);
        checkAccessibleNames(m_page.get());
    }

    void linkingSignInNeedsAProviderFromTheServer()
    {
        // This server trusts no OpenID Provider: nothing to link, and the
        // page says so instead of offering a button that cannot work.
        LinkedIdentitiesSection *section = m_page->linkedIdentities();
        QTRY_COMPARE_WITH_TIMEOUT(section->availabilityLabel()->text(),
                                  QStringLiteral("This server does not offer sign-in with Google "
                                                 "or an organization's account."),
                                  15000);
        QVERIFY(section->availabilityLabel()->isVisible());
        QVERIFY(!section->linkButton()->isEnabled());
        QVERIFY(section->identities().isEmpty());
    }

    void enableTwoFactorNeedsConfirmingItIsYou()
    {
        // The session has not re-authenticated: the server refuses the
        // enrolment and the dialog asks to confirm it is you. Declined, no
        // key is shown and two-factor stays off.
        auto *dialog = openEnableTwoFactor();
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QPointer<ReauthenticateDialog> reauth = dialog->reauthenticateDialog();
        checkAccessibleNames(reauth);
        QTest::mouseClick(reauth->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(reauth.isNull() || !reauth->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problemBanner()->isVisible(), 15000);
        QVERIFY(dialog->secretLabel()->text().isEmpty());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(closed(guard));
        QVERIFY(!security().value(QLatin1String("two_factor_enabled")).toBool());
    }

    // Run alone by tst_gui_documents_security.qr_module_missing, whose
    // $PD_MODULE_DIR holds no module: the key is shown as text only, and
    // the dialog says why there is no QR code.
    void enableTwoFactorWithoutTheQrCodeModule()
    {
        if (QrCodeWidget::isAvailable())
            QSKIP("the QR code module is there (tst_gui_documents_security.qr_module_missing "
                  "runs this without it)");
        auto *dialog = openEnableTwoFactor();
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QVERIFY(confirmWithPassword(dialog));
        QVERIFY(dialog->secretLabel()->isVisible());
        QVERIFY(!dialog->problemBanner()->isVisible());
        QVERIFY(dialog->qrCode()->isEmpty());
        QVERIFY(!dialog->qrCode()->isVisible());
        QVERIFY2(dialog->scanLabel()->text().contains(
                     QStringLiteral("missing its QR code module. Type this key")),
                 qPrintable(dialog->scanLabel()->text()));
        dialog->reject();
        QTRY_VERIFY(closed(guard));
    }

    void enableTwoFactorWithTheDialog()
    {
        auto *dialog = openEnableTwoFactor();
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        // Confirmed with the password, the enrolment goes through.
        QVERIFY(confirmWithPassword(dialog));
        QCOMPARE(dialog->secretLabel()->textFormat(), Qt::PlainText);
        QVERIFY(!dialog->qrCode()->isEmpty());
        QVERIFY(dialog->qrCode()->image().width() >= 21 + 8);
        QVERIFY(!dialog->qrCode()->pixmap(200, 2.0).isNull());
        m_secret = dialog->secretLabel()->text().remove(QLatin1Char(' '));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[A-Z2-7]{32,128}$")).match(m_secret).hasMatch(),
            qPrintable(m_secret));
        checkAccessibleNames(dialog);

        // A wrong code first.
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClicks(dialog->codeEdit(), QStringLiteral("000000"));
        if (TestServer::totpCode(m_secret) != QLatin1String("000000")) {
            QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->problemBanner()->isVisible(), 15000);
            QVERIFY(dialog->isVisible());
        }
        dialog->codeEdit()->clear();
        QTest::keyClicks(dialog->codeEdit(), TestServer::totpCode(m_secret));
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(closed(guard), 15000);
        QVERIFY(security().value(QLatin1String("two_factor_enabled")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->twoFactorLabel()->text().startsWith(QStringLiteral("On")),
                                 15000);
        QVERIFY(m_page->disableTwoFactorButton()->isVisible());
        QVERIFY(!m_page->enableTwoFactorButton()->isVisible());
    }

    void disableTwoFactorWithTheDialog()
    {
        QVERIFY(!m_secret.isEmpty());
        QTest::mouseClick(m_page->disableTwoFactorButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<DisableTwoFactorDialog>();
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        checkAccessibleNames(dialog);
        QVERIFY(!dialog->disableButton()->isEnabled());

        // The wrong password is refused, the dialog stays.
        QTest::keyClicks(dialog->passwordField()->lineEdit(), QStringLiteral("not the password"));
        QTest::keyClicks(dialog->codeEdit(), TestServer::totpCode(m_secret, 1));
        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problemBanner()->isVisible(), 15000);
        QVERIFY(dialog->isVisible());

        dialog->passwordField()->lineEdit()->clear();
        QTest::keyClicks(dialog->passwordField()->lineEdit(), m_account.password);
        QTest::mouseClick(dialog->disableButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(closed(guard), 15000);
        QVERIFY(!security().value(QLatin1String("two_factor_enabled")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->twoFactorLabel()->text().startsWith(QStringLiteral("Off")),
                                 15000);
    }

    void changePasswordWithTheDialog()
    {
        QTest::mouseClick(m_page->changePasswordButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ChangePasswordDialog>();
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        checkAccessibleNames(dialog);
        auto *hint = dialog->findChild<PasswordStrengthHint *>();
        QVERIFY(hint);

        const QString next = QStringLiteral("Correct-Horse-Battery-Staple-42");
        QTest::keyClicks(dialog->currentField()->lineEdit(), m_account.password);
        QTest::keyClicks(dialog->newField()->lineEdit(), QStringLiteral("short"));
        QVERIFY(hint->hintText().startsWith(QStringLiteral("Too short")));
        QVERIFY(!dialog->changeButton()->isEnabled());
        dialog->newField()->lineEdit()->clear();
        QTest::keyClicks(dialog->newField()->lineEdit(), next);
        QVERIFY(!hint->hintText().startsWith(QStringLiteral("Too short")));
        QTest::keyClicks(dialog->confirmField()->lineEdit(), next + QStringLiteral("x"));
        QVERIFY(!dialog->changeButton()->isEnabled()); // they differ
        QTest::keyClick(dialog->confirmField()->lineEdit(), Qt::Key_Backspace);
        QVERIFY(dialog->changeButton()->isEnabled());
        QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(closed(guard), 15000);

        // The new password works; the other sessions were signed out.
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken).status, 401);
        m_account.password = next;
        m_tokens = m_server.signIn(m_account, QStringLiteral("tst_gui_documents_security"));
        QVERIFY(!m_tokens.accessToken.isEmpty());
        QVERIFY(!security().value(QLatin1String("password_changed_at")).isNull());
        // The app's own session stays.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->findChildren<PlainTextLabel *>().size() > 0 &&
                [&] {
                    for (const PlainTextLabel *label : m_page->findChildren<PlainTextLabel *>()) {
                        if (label->text().startsWith(QStringLiteral("Last changed")))
                            return true;
                    }
                    return false;
                }(),
            15000);
    }

    void reportASecurityConcern()
    {
        QTest::mouseClick(m_page->reportButton(), Qt::LeftButton);
        // The page opens the security_report flow of RequestFlows.
        ReportSecurityConcernDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<ReportSecurityConcernDialog *>(
                         m_flows->currentDialog())) != nullptr &&
                    dialog->isVisible());
        QCOMPARE(dialog->type(), QStringLiteral("security_report"));
        QPointer<QDialog> guard(dialog);
        checkAccessibleNames(dialog);
        QVERIFY(!dialog->submitButton()->isEnabled());

        QComboBox *category = dialog->categoryBox();
        category->setFocus();
        const int phishing = category->findData(QStringLiteral("phishing"));
        QVERIFY(phishing >= 0);
        while (category->currentIndex() < phishing)
            QTest::keyClick(category, Qt::Key_Down);
        const QString description = QStringLiteral("A text message asked me for my sign-in code.");
        QTest::keyClicks(dialog->descriptionEdit(), description);
        QTest::mouseClick(dialog->diagnosticsBox(), Qt::LeftButton);
        QVERIFY(dialog->diagnosticsBox()->isChecked());
        // Shown before they are sent.
        QVERIFY(dialog->diagnosticsView()->isVisible());
        const QString diagnostics = dialog->diagnosticsView()->toPlainText();
        QVERIFY(!diagnostics.isEmpty());
        // No personal data in the diagnostics.
        QVERIFY(!diagnostics.contains(m_account.email, Qt::CaseInsensitive));
        QVERIFY(!diagnostics.contains(m_account.password));

        QVERIFY(dialog->submitButton()->isEnabled());
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QTRY_VERIFY(closed(guard));
        bool queued = false;
        for (const OutboxItem &item : services()->outbox()->items())
            queued = queued || item.type == QLatin1String("security_report");
        QVERIFY(queued);

        // The outbox sends it: the server now holds the report.
        auto serverHasIt = [&] {
            const QJsonArray requests =
                serverJson(m_server, m_tokens, QStringLiteral("/api/v1/requests?limit=50"))
                    .value(QLatin1String("items"))
                    .toArray();
            for (const QJsonValue &value : requests) {
                const QJsonObject request = value.toObject();
                const QJsonObject sent = request.value(QLatin1String("payload")).toObject();
                if (request.value(QLatin1String("type")).toString() ==
                        QLatin1String("security_report") &&
                    sent.value(QLatin1String("category")).toString() == QLatin1String("phishing") &&
                    sent.value(QLatin1String("description")).toString() == description &&
                    sent.value(QLatin1String("diagnostics")).toString() == diagnostics)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(serverHasIt(), 30000);
    }

    void signOutEverywhere()
    {
        QSignalSpy signedOut(services(), &AppServices::signedOut);
        QTest::mouseClick(m_page->signOutEverywhereButton(), Qt::LeftButton);
        auto *confirmation = waitForDialog<TypedConfirmationDialog>();
        QVERIFY(confirmation);
        checkAccessibleNames(confirmation);
        QTest::keyClicks(confirmation->input(), QStringLiteral("sign out"));
        QTest::mouseClick(confirmation->actionButton(), Qt::LeftButton);
        // The password change re-authenticated this session a moment ago;
        // should that be more than 5 minutes ago, the server asks again.
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty() || visibleReauthentication(), 30000);
        if (ReauthenticateDialog *reauth = visibleReauthentication()) {
            QTest::keyClicks(reauth->passwordField()->lineEdit(), m_account.password);
            QTest::mouseClick(reauth->confirmButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 30000);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/profile"), m_tokens.accessToken).status, 401);
        QVERIFY(!services()->auth() || !services()->auth()->isSignedIn());
    }
};

QTEST_MAIN(TestGuiDocumentsSecurity)
#include "tst_gui_documents_security.moc"
