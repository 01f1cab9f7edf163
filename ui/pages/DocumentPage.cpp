#include "pages/DocumentPage.h"

#include "cache/CachedDocument.h"
#include "widgets/ActionStatusBar.h"
#include "widgets/FreshnessBar.h"

#include <QGroupBox>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace pd {

DocumentPage::DocumentPage(QString loadingMessage, QWidget *parent)
    : Page(parent)
    , m_loadingMessage(std::move(loadingMessage))
    , m_body(new QWidget(this))
    , m_freshness(new FreshnessBar(m_body))
    , m_layout(new QVBoxLayout(m_body))
{
    m_layout->addWidget(m_freshness);
    setContent(m_body);
    connect(this, &Page::retryRequested, this, &DocumentPage::activate);
}

void DocumentPage::bind(CachedDocument *document)
{
    m_documents.append(document);
    m_freshness->track(document);
    connect(document, &CachedDocument::changed, this, &DocumentPage::render);
    connect(document, &CachedDocument::refreshFailed, this, &DocumentPage::onRefreshFailed);
}

ActionStatusBar *DocumentPage::addStatusBar()
{
    m_status = new ActionStatusBar(m_body);
    m_layout->addWidget(m_status);
    return m_status;
}

void DocumentPage::addScrolled(QWidget *inner, const QString &accessibleName,
                               const QString &accessibleDescription)
{
    auto *scroll = new QScrollArea(m_body);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(accessibleName);
    scroll->setAccessibleDescription(accessibleDescription);
    m_layout->addWidget(scroll, 1);
}

QGroupBox *DocumentPage::section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setAccessibleName(title);
    new QVBoxLayout(box);
    return box;
}

void DocumentPage::activate()
{
    if (!hasCopies())
        showLoading(m_loadingMessage);
    for (CachedDocument *document : std::as_const(m_documents))
        document->load();
}

void DocumentPage::render()
{
    if (hasCopies()) {
        draw();
        return;
    }
    // A copy went (the cache was wiped) or has not come yet. A failed
    // refresh's error stays unless another refresh runs: a page without one
    // of its halves would tell less than the server does.
    const bool refreshing = std::any_of(m_documents.cbegin(), m_documents.cend(),
                                        [](const CachedDocument *d) { return d->isRefreshing(); });
    if (state() != State::Error || refreshing)
        showLoading(m_loadingMessage);
}

bool DocumentPage::hasCopies() const
{
    return std::all_of(m_documents.cbegin(), m_documents.cend(),
                       [](const CachedDocument *d) { return d->hasCopy(); });
}

void DocumentPage::onRefreshFailed(const ApiError &error)
{
    if (!hasCopies())
        showError(error.userMessage());
}

} // namespace pd
