#pragma once

#include "pages/Page.h"

#include <QList>

class QGroupBox;
class QVBoxLayout;

namespace pd {

class ActionStatusBar;
class ApiError;
class CachedDocument;
class FreshnessBar;

// A page that draws one or more cached server documents (devices, cookies,
// policy...): it shows loading until every document has a copy, the error of
// a failed first refresh (with Retry), then the content under a freshness
// bar. Later failures leave the shown copy in place; the freshness bar says
// why it is not new.
class DocumentPage : public Page
{
    Q_OBJECT
public:
    void activate() override;

protected:
    // `loadingMessage` shows while a document has no copy yet.
    DocumentPage(QString loadingMessage, QWidget *parent = nullptr);

    // Draws `document` too; the page draws once every bound one has a copy.
    void bind(CachedDocument *document);
    // The content widget (parent of the page's widgets) and its layout, the
    // freshness bar on top: pages add theirs below.
    QWidget *body() const { return m_body; }
    QVBoxLayout *contentLayout() const { return m_layout; }
    // Adds the bar saying what became of the page's actions, at this point
    // of the layout.
    ActionStatusBar *addStatusBar();
    ActionStatusBar *statusBar() const { return m_status; }
    // Adds `inner` (sections taller than the window) in a frameless scroll
    // area that takes the rest of the page. The area takes focus so that
    // the keyboard can scroll it; screen readers read it by its name and
    // `accessibleDescription` (what the page holds).
    void addScrolled(QWidget *inner, const QString &accessibleName,
                     const QString &accessibleDescription);
    // A titled section with a vertical layout, named for screen readers.
    static QGroupBox *section(const QString &title, QWidget *parent);
    FreshnessBar *freshnessBar() const { return m_freshness; }

    // Draws the bound documents; called when each has a copy. The page picks
    // the state it ends in (showContent(), showEmpty(), showError()).
    virtual void draw() = 0;
    // Draws again, or shows loading when a copy is missing.
    void render();

private:
    bool hasCopies() const;
    void onRefreshFailed(const ApiError &error);

    QString m_loadingMessage;
    QList<CachedDocument *> m_documents;
    QWidget *m_body;
    FreshnessBar *m_freshness;
    QVBoxLayout *m_layout;
    ActionStatusBar *m_status = nullptr;
};

} // namespace pd
