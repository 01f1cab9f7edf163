#pragma once

#include "export/ExportResult.h"
#include "requests/RequestType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pd {

struct OutboxItem;

// Why a provider denied a request (the contract's RequestDenialReason: the
// Data Rights Protocol's reasons plus two of ours). A code this app does not
// know reads as Other.
enum class DenialReason {
    SuspectedFraud,
    InsufficientVerification,
    NoMatch,
    ClaimNotCovered,
    OutsideJurisdiction,
    TooManyRequests,
    DataChanged,
    ProcessingError,
    Other,
};

// Why a provider moved the date its answer is expected by
// (RequestExtensionReason); unknown codes read as Other.
enum class ExtensionReason {
    Complexity,
    Volume,
    Other,
};

// One rights request as the app knows it: either the server's request, or an
// outbox item the server has not accepted yet. The one parser of a request
// object; how it reads to users is the UI's (ui/requests/RequestText).
// Every text from the server (messages, explanations, the user's own
// cancellation reason as stored) is plain text only.
struct RequestRecord {
    struct Step {
        QString status;
        QDateTime at;
        QString message;        // from the server: plain text only
        bool extension = false; // the expected-by date moved; the status stayed
        QString reasonCode;     // a denial's or an extension's, as sent; may be empty
        QDateTime expectedBy;   // an extension's new date
    };
    struct Extension {
        QDateTime at;
        ExtensionReason reason = ExtensionReason::Other;
        QString reasonCode; // as sent (shown with the reason)
        QString explanation;
        QDateTime expectedBy;
    };
    struct Denial {
        DenialReason reason = DenialReason::Other;
        QString reasonCode;
        QString explanation;
    };
    struct Cancellation {
        QDateTime at;
        QString reason; // the user's words; empty when they gave none
    };

    QString id;           // the server's id; empty while waiting in the outbox
    qint64 outboxId = 0;  // the outbox item, when it came from there
    QString type;         // the wire name, kept as it is when unknown (knownType())
    QString status;       // the server's status; empty while waiting
    bool waiting = false; // queued, not accepted by the server yet
    bool refused = false; // the server refused it for good
    QString refusal;      // why, for users (refused only; may be empty)
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime dueAt;      // the statutory deadline; extensions do not move it
    QDateTime expectedBy; // when the answer is expected; invalid from an older server
    QList<Extension> extensions;
    std::optional<Denial> denial;
    std::optional<Cancellation> cancellation;
    QList<Step> history;
    QJsonObject payload;
    QJsonObject result;

    // nullopt when `json` lacks an id, type or status.
    static std::optional<RequestRecord> fromJson(const QJsonObject &json);
    // An item the server has not accepted (pending, sending or refused).
    static RequestRecord fromOutbox(const OutboxItem &item);

    // nullopt for a type this app does not know (a newer server's).
    std::optional<RequestType> knownType() const { return requestTypeFromWireName(type); }
    bool is(RequestType requestType) const { return isRequestType(type, requestType); }
    // Identifies the row across reloads: the server id, else the outbox id.
    QString key() const;
    bool isFinal() const;
    // expectedBy, or dueAt from a server that does not send it.
    QDateTime answerExpectedBy() const { return expectedBy.isValid() ? expectedBy : dueAt; }
    bool wasExtended() const { return !extensions.isEmpty(); }
    // Open past answerExpectedBy().
    bool isOverdue(const QDateTime &now) const;
    bool canCancel() const { return !id.isEmpty() && !isFinal(); }
    // A completed export's archive (ExportResult::fromRequest); nullopt for
    // anything else, or when the server's result is malformed.
    std::optional<ExportResult> exportResult() const;
    bool hasArchive() const { return exportResult().has_value(); }
};

DenialReason denialReasonFromCode(const QString &code);
ExtensionReason extensionReasonFromCode(const QString &code);

} // namespace pd

Q_DECLARE_METATYPE(pd::RequestRecord)
