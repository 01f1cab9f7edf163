#include "outbox/RefusalReason.h"

#include "common/ApiError.h"
#include "outbox/OutboxItem.h"
#include "requests/RequestType.h"

#include <QRegularExpression>

namespace pd {

QString RefusalReason::slugOf(const OutboxItem &item)
{
    static const QRegularExpression slug(QStringLiteral("(?:^| )slug=([a-z0-9-]+)"));
    return slug.match(item.lastError).captured(1);
}

QString RefusalReason::explain(const QString &type, const QString &slug)
{
    if (isRequestType(type, RequestType::Edit) && slug == QLatin1String("precondition-failed"))
        return tr("Your profile was changed elsewhere (on another device or by the provider) "
                  "after you prepared this correction, so the server did not apply it and "
                  "nothing was overwritten. Open “Correct my data” again: it shows the current "
                  "profile and lets you re-apply your changes.");
    // The request was no longer open (409) or no longer there (404) when
    // the cancellation arrived.
    if (type == OutboxItem::cancellationType() &&
        (slug == QLatin1String("conflict") || slug == QLatin1String("not-found")))
        return tr("It is too late to cancel: the request had already been carried out or had "
                  "ended when the cancellation reached the server.");
    return {};
}

QString RefusalReason::message(const QString &type, const QString &slug, const QString &fallback)
{
    QString text = explain(type, slug);
    if (text.isEmpty() && !slug.isEmpty())
        text = ApiError::messageForSlug(slug);
    return text.isEmpty() ? fallback : text;
}

bool RefusalReason::isStaleCorrection(const OutboxItem &item)
{
    return item.state == OutboxItem::State::FailedPermanently &&
           isRequestType(item.type, RequestType::Edit) &&
           slugOf(item) == QLatin1String("precondition-failed");
}

} // namespace pd
