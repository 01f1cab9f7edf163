#pragma once

#include "TestServer.h"

#include <QJsonObject>
#include <QSettings>
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
// signed in to a TestServer, for the data pages' GUI tests.
class DataPagesSession
{
public:
    DataPagesSession();
    ~DataPagesSession();

    // Opens the store; false and *error when it cannot be.
    bool start(QString *error);
    AppServices *services() const { return m_services.get(); }
    QString dataDir() const;

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

// Which of Page's states shows: "loading", "empty", "error" or "content".
QString pageState(Page *page);

// The text of the visible label of `page`'s current state (empty/error).
QString pageMessage(Page *page);

} // namespace pd::test
