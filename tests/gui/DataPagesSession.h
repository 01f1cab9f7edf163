#pragma once

#include "TestServer.h"

#include "net/ServerProfile.h"

#include <QJsonObject>
#include <QSettings>
#include <QSize>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace pd {
class AppServices;
class Page;
} // namespace pd

namespace pd::test {

// The app's core (AppServices, tokens in memory) in a temporary data folder,
// for the GUI tests: signed in to a TestServer for the data pages, or with
// only a saved profile for the sign-in window.
class DataPagesSession
{
public:
    DataPagesSession();
    ~DataPagesSession();

    // Opens the store; false and *error when it cannot be.
    bool start(QString *error);
    // Destroys the core (before what uses it, or to free its data folder).
    void stop();
    AppServices *services() const { return m_services.get(); }
    // The settings the core was started with (an AppController needs them).
    QSettings *settings() const { return m_settings.get(); }
    QString dataDir() const;

    // Saves a profile for `server`, trusting `caBundlePath` (the server's
    // CA when empty), without activating it; the saved profile.
    ServerProfile addProfile(TestServer &server, const QString &caBundlePath = {});

    // Activates `server`'s profile, signs in to accounts()[index] and waits
    // for the first sync to finish. false and *error on failure.
    // `caBundlePath` replaces the server's CA as the profile's trusted CAs
    // (e.g. one that also holds a test identity provider's).
    bool signIn(TestServer &server, int index, QString *error, const QString &caBundlePath = {});
    // The usual start of a test: starts `server` with `serverArguments`,
    // opens the store and signs in to accounts()[index] (see signIn()).
    bool startSignedIn(TestServer &server, const QStringList &serverArguments, int index,
                       QString *error);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppServices> m_services;
};

// The server's answer to an authenticated GET (a test-side check).
QJsonObject serverJson(TestServer &server, const Tokens &tokens, const QString &pathAndQuery);

// Focusable widgets under `root` (visible ones) without an accessible name,
// described by class and object name.
QStringList unnamedFocusableWidgets(QWidget *root);
// Fails the running test, naming them, when unnamedFocusableWidgets(root)
// finds any.
void checkAccessibleNames(QWidget *root);
// Every widget of the window `window` that Tab can reach without an
// accessible name (widgets of other windows, such as popups, are checked
// with their own window); fewer than `minimumChecked` such widgets is
// reported too, so that an empty walk cannot pass.
QStringList unnamedTabStops(QWidget *window, int minimumChecked = 0);

// The visible labels and push buttons under `root` (a shown window) whose
// text does not fit them: a word-wrapped label shorter than its text needs
// at its width, another label or a button narrower or shorter than its text;
// each described by object name and text.
QStringList clippedTexts(QWidget *root);

// The first visible T among `parent`'s descendants, or null.
template <class T> T *visibleChild(const QObject *parent)
{
    const QList<T *> children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

// Shows `widget` at `size`; false when it was never exposed.
bool showExposed(QWidget *widget, const QSize &size);
// Shows `page` at `size` and activates it, as the main window does when
// the user picks it; false when it was never exposed.
bool showAndActivate(Page *page, const QSize &size = {1200, 700});

// How many requests of `type` the server lists for the account of `tokens`.
int countServerRequests(TestServer &server, const Tokens &tokens, const QString &type);

// Which of Page's states shows: "loading", "empty", "error" or "content".
QString pageState(Page *page);

// The text of the visible label of `page`'s current state (empty/error).
QString pageMessage(Page *page);

} // namespace pd::test
