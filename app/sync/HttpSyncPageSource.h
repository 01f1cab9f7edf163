#pragma once

#include "common/JsonGuard.h"
#include "net/SystemTimerSource.h"
#include "net/TlsPolicy.h"
#include "sync/SyncPageSource.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

namespace pd {

class SyncPageDownload;

// Fetches list pages over HTTPS with its own QNetworkAccessManager and
// clock (so it can live on the sync thread), through the same transport as
// every other request of the app (HttpExchange under the profile's
// TlsPolicy, public-key pin included). `accessToken` is called on that
// thread for every request and must be thread-safe. A page's body streams
// to the fetch's BodySink as it arrives (SyncPageDownload), capped.
//
// One page ahead: when a page has arrived, the request for the page after
// it (its next_cursor) goes out before the page is reported done, so the
// server builds and sends the next page while the sync commits this one,
// instead of each page waiting for a round trip and the server's work
// after the last one was stored. A fetch() for that page then takes the
// prefetched transfer over (what came so far first); any other fetch()
// drops it. A prefetch that fails is dropped too: the page is asked for
// again, with the token of that moment.
class HttpSyncPageSource : public SyncPageSource
{
    Q_DECLARE_TR_FUNCTIONS(pd::HttpSyncPageSource)

public:
    // `ssl` is `policy`'s configuration (computed once by the caller).
    HttpSyncPageSource(TlsPolicy policy, QSslConfiguration ssl,
                       std::function<QString()> accessToken);
    ~HttpSyncPageSource() override;

    void fetch(const SyncPageRequest &request, Callback done, BodySink body = {}) override;
    void abort() override;

    static QUrl pageUrl(const QUrl &origin, const SyncPageRequest &request);
    // Largest page body accepted (JsonGuard's cap by default); a larger one
    // fails with ApiError::Kind::TooLarge, the transfer stopped at the cap.
    void setMaxPageBytes(qint64 bytes) { m_maxPageBytes = bytes; }

private:
    // The request of the page after the one whose body ended with `tail`
    // (from its next_cursor), if any.
    static std::optional<SyncPageRequest> nextRequest(const SyncPageRequest &request,
                                                      const QByteArray &tail);
    static bool samePage(const SyncPageRequest &a, const SyncPageRequest &b);
    // Says what was refused, for users, instead of "too large".
    ApiError pageTooLarge(ApiError error) const;
    void send(const SyncPageRequest &request);
    // A fetch() took over the prefetch: its sink gets what came so far.
    void claim();
    void onFinished(SyncPageDownload *download);
    void deliver(const SyncPageReply &reply, const QByteArray &tail);

    TlsPolicy m_policy;
    QUrl m_origin;
    QSslConfiguration m_ssl;
    std::function<QString()> m_accessToken;
    QNetworkAccessManager m_network;
    SystemTimerSource m_timers;
    QPointer<SyncPageDownload> m_download; // under way, or a prefetch done
    SyncPageRequest m_inFlight;            // what m_download fetches
    Callback m_done;                       // set once fetch() asked for m_inFlight
    BodySink m_body;
    quint64 m_generation = 0; // abort() counts up: queued deliveries check it
    qint64 m_maxPageBytes = JsonGuard::kDefaultMaxBytes;
};

} // namespace pd
