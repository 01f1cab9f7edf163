#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

// One status change of a rights request, as the activity feed lists it and
// a desktop notification shows it.
struct RequestUpdate {
    qint64 sequence = 0; // increasing: identifies the entry, orders the feed
    QString requestId;
    QString type; // the wire name
    QString previousStatus;
    QString status;
    QDateTime at;          // when the server says it moved (else when it was seen)
    bool notified = false; // a desktop notification showed it

    QJsonObject toJson() const;
    static std::optional<RequestUpdate> fromJson(const QJsonObject &json);
    bool operator==(const RequestUpdate &) const = default;
};

} // namespace pd

Q_DECLARE_METATYPE(pd::RequestUpdate)
