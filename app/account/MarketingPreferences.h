#pragma once

#include "account/AccountResource.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace pd {

// Which marketing channels currently carry messages to the user.
struct MarketingOptIns {
    QStringList optedIn; // in the contract's order (MarketingPreferences::channels())
};

// The user's marketing opt-ins (GET /marketing-preferences), and the payload
// of the "unsubscribe" request that stops marketing on some channels (it is
// filed through the outbox like every rights request, not sent here).
class MarketingPreferences : public AccountResource
{
    Q_OBJECT
public:
    explicit MarketingPreferences(DocumentCache *cache, QObject *parent = nullptr);

    CachedDocument *document() const { return m_document; }
    // The cached opt-ins; nullopt when the copy cannot be read.
    std::optional<MarketingOptIns> optIns() const;
    // Lenient per channel, as the dialog always was: a channel the server
    // leaves out or sends as a non-boolean reads as not opted in.
    static std::optional<MarketingOptIns> parse(const QJsonObject &document);

    // The channels in the contract's order: email, sms, whatsapp, push.
    static QStringList channels();
    // {channels: [...]}: stops marketing on `channels`.
    static QJsonObject unsubscribePayload(const QStringList &channels);

private:
    CachedDocument *m_document;
};

} // namespace pd
