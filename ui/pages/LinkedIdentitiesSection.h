#pragma once

#include "auth/LinkedIdentities.h"
#include "auth/OidcAuthorization.h"
#include "discovery/Discovery.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

class QMenu;
class QPushButton;
class QVBoxLayout;

namespace pd {

class ActionStatusBar;
class AppServices;
class BrowserSignInDialog;
class CachedDocument;
class PlainTextLabel;
class RequestFlows;

// The Security page's "Sign-in with Google or your organization": the
// identity-provider sign-ins linked to the account (GET
// /auth/oidc/identities), "Unlink" for each, and "Link Google /
// organization sign-in…", which signs in at a provider the server lists in
// its discovery document (BrowserSignInDialog) and links that sign-in.
// Linking and unlinking ask the user to confirm it is them
// (ReauthenticatedAction). Outcomes go to the page's status bar.
class LinkedIdentitiesSection : public QGroupBox
{
    Q_OBJECT
public:
    // `flows` holds the discovery document; `status` is the page's status
    // bar. None is owned.
    LinkedIdentitiesSection(AppServices *services, RequestFlows *flows, ActionStatusBar *status,
                            QWidget *parent = nullptr);

    // Shows the stored list at once and refreshes it.
    void load();

    QPushButton *linkButton() const { return m_link; }
    // Why linking is not possible, when it is not.
    PlainTextLabel *availabilityLabel() const { return m_availability; }
    // The identities as shown, each with its Unlink button.
    const QList<LinkedIdentity> &identities() const { return m_identities; }
    const QList<PlainTextLabel *> &identityLabels() const { return m_identityLabels; }
    const QList<QPushButton *> &unlinkButtons() const { return m_unlinkButtons; }
    // The browser sign-in under way, else null.
    BrowserSignInDialog *signInDialog() const;

private:
    void render();
    void onRefreshFailed(const ApiError &error);
    void clearRows();
    void updateLinking();
    void setBusy(bool busy);
    void signInAt(const Discovery::OidcIssuer &issuer);
    void link(const OidcAuthorization::Result &signIn, const QString &provider);
    void confirmUnlink(const LinkedIdentity &identity);
    void unlink(const LinkedIdentity &identity);
    static QString providerName(const LinkedIdentity &identity);

    AppServices *m_services;
    RequestFlows *m_flows;
    ActionStatusBar *m_status;
    CachedDocument *m_document;
    QList<Discovery::OidcIssuer> m_issuers;
    QList<LinkedIdentity> m_identities;
    QList<PlainTextLabel *> m_identityLabels;
    QList<QPushButton *> m_unlinkButtons;
    QList<QWidget *> m_rows;
    QVBoxLayout *m_rowsLayout;
    PlainTextLabel *m_listMessage;
    PlainTextLabel *m_availability;
    QPushButton *m_link;
    QMenu *m_issuerMenu;
    QPointer<BrowserSignInDialog> m_signIn;
    bool m_busy = false;
};

} // namespace pd
