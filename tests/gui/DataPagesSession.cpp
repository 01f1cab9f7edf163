#include "DataPagesSession.h"

#include "auth/AuthService.h"
#include "core/AppServices.h"
#include "core/SettingKeys.h"
#include "net/ServerProfileStore.h"
#include "pages/Page.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedLayout>
#include <QTest>

namespace pd::test {

DataPagesSession::DataPagesSession() = default;
DataPagesSession::~DataPagesSession() = default;

QString DataPagesSession::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

bool DataPagesSession::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    // Receipts go to the user's Documents folder by default: never a
    // developer's from a test.
    SettingKeys::receiptsFolder.write(*m_settings, m_dir.filePath(QStringLiteral("receipts")));
    AppServices::Options options;
    options.dataDir = dataDir();
    options.settings = m_settings.get();
    options.ephemeralSecrets = true;
    m_services = std::make_unique<AppServices>(options);
    return m_services->start(error);
}

void DataPagesSession::stop()
{
    m_services.reset();
}

bool DataPagesSession::startSignedIn(TestServer &server, const QStringList &serverArguments,
                                     int index, QString *error)
{
    if (!server.start(serverArguments)) {
        *error = QStringLiteral("the server did not start: ") + server.lastError();
        return false;
    }
    return start(error) && signIn(server, index, error);
}

ServerProfile DataPagesSession::addProfile(TestServer &server, const QString &caBundlePath)
{
    ServerProfile profile = ServerProfile::forUrl(server.origin());
    profile.name = QStringLiteral("Test server");
    profile.caBundlePath = caBundlePath.isEmpty() ? server.caCertificatePath() : caBundlePath;
    m_services->profiles().save(profile);
    return profile;
}

bool DataPagesSession::signIn(TestServer &server, int index, QString *error,
                              const QString &caBundlePath)
{
    m_services->activateProfile(addProfile(server, caBundlePath));
    QSignalSpy signedIn(m_services.get(), &AppServices::signedIn);
    QSignalSpy synced(m_services.get(), &AppServices::syncFinished);
    const DemoAccount account = server.accounts().at(index);
    m_services->auth()->signInWithPassword(account.email, account.password,
                                           QStringLiteral("tst_gui_data_pages"));
    if (!signedIn.wait(30000)) {
        *error = QStringLiteral("sign-in did not complete");
        return false;
    }
    if (synced.isEmpty() && !synced.wait(180000)) {
        *error = QStringLiteral("the first sync did not finish");
        return false;
    }
    if (synced.constFirst().constFirst().value<SyncOutcome>() != SyncOutcome::Completed) {
        *error = QStringLiteral("the first sync failed: ") + synced.constFirst().at(1).toString();
        return false;
    }
    return true;
}

QJsonObject serverJson(TestServer &server, const Tokens &tokens, const QString &pathAndQuery)
{
    return server.get(pathAndQuery, tokens.accessToken).json();
}

QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root))
            continue;
        // The inner editor of an editable combo box is named through it.
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QComboBox *>(parent))
            continue;
        if (widget->accessibleName().isEmpty()) {
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                           widget->objectName() + QStringLiteral(" in ") +
                           QString::fromLatin1(parent ? parent->metaObject()->className() : "-");
        }
    }
    return unnamed;
}

void checkAccessibleNames(QWidget *root)
{
    const QStringList unnamed = unnamedFocusableWidgets(root);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QStringList unnamedTabStops(QWidget *window, int minimumChecked)
{
    QStringList missing;
    int checked = 0;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        ++checked;
        if (widget->accessibleName().trimmed().isEmpty())
            missing << QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') +
                           widget->objectName();
    }
    if (checked < minimumChecked)
        missing << QStringLiteral("only %1 focusable widgets found").arg(checked);
    return missing;
}

QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    const auto report = [&clipped](const QWidget *widget, const QString &text,
                                   const QString &needs) {
        clipped << QStringLiteral("%1 \"%2\" (%3×%4, needs %5)")
                       .arg(widget->objectName(), text.left(60))
                       .arg(widget->width())
                       .arg(widget->height())
                       .arg(needs);
    };
    const auto size = [](const QSize &hint) {
        return QStringLiteral("%1×%2").arg(hint.width()).arg(hint.height());
    };
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QSize hint = label->sizeHint();
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                report(label, label->text(), QString::number(needed));
        } else if (label->width() < hint.width() || label->height() < hint.height()) {
            report(label, label->text(), size(hint));
        }
    }
    const QList<QPushButton *> buttons = root->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        // A command link wraps its description: as tall as that needs.
        if (button->hasHeightForWidth()) {
            const int needed = button->heightForWidth(button->width());
            if (button->height() < needed)
                report(button, button->text(), QString::number(needed));
            continue;
        }
        const QSize hint = button->sizeHint();
        if (button->width() < hint.width() || button->height() < hint.height())
            report(button, button->text(), size(hint));
    }
    return clipped;
}

bool showExposed(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

bool showAndActivate(Page *page, const QSize &size)
{
    if (!showExposed(page, size))
        return false;
    page->activate();
    return true;
}

int countServerRequests(TestServer &server, const Tokens &tokens, const QString &type)
{
    const QJsonArray items =
        serverJson(server, tokens, QStringLiteral("/api/v1/requests?limit=100"))
            .value(QStringLiteral("items"))
            .toArray();
    int count = 0;
    for (const QJsonValue &item : items)
        count += item.toObject().value(QStringLiteral("type")).toString() == type ? 1 : 0;
    return count;
}

QString pageState(Page *page)
{
    auto *stack = qobject_cast<QStackedLayout *>(page->layout());
    if (!stack)
        return {};
    switch (stack->currentIndex()) {
    case 0:
        return QStringLiteral("loading");
    case 1:
        return QStringLiteral("empty");
    case 2:
        return QStringLiteral("error");
    default:
        return QStringLiteral("content");
    }
}

QString pageMessage(Page *page)
{
    auto *stack = qobject_cast<QStackedLayout *>(page->layout());
    if (!stack || !stack->currentWidget())
        return {};
    QStringList texts;
    const QList<QLabel *> labels = stack->currentWidget()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace pd::test
