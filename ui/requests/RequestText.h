#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {

struct RequestRecord;
enum class DenialReason;
enum class ExtensionReason;

// How a rights request reads to users: its type, status, dates, extensions,
// denial, cancellation and what was asked, translated (the record itself is
// the core's). Texts from the server are quoted as plain text.
class RequestText
{
    // The context of the class these texts came from, so that their
    // translations still apply.
    Q_DECLARE_TR_FUNCTIONS(pd::RequestRecord)
public:
    static QString type(const RequestRecord &record);
    static QString status(const RequestRecord &record);
    // Where the request stands, in a plain sentence ("The provider is
    // working on your request.").
    static QString statusSummary(const RequestRecord &record);
    // The date the answer is expected by, marked when overdue or extended.
    static QString due(const RequestRecord &record, const QDateTime &now);
    // The warning for an overdue request ("Overdue: the answer was due on…").
    static QString overdue(const RequestRecord &record);
    // One line per extension: when, the new date, why.
    static QString extensions(const RequestRecord &record);
    // The denial's reason (with its code), what it means, and the
    // provider's explanation; empty when the request was not denied.
    static QString denial(const RequestRecord &record);
    // When the user cancelled and the reason they gave; empty when not
    // cancelled.
    static QString cancellation(const RequestRecord &record);
    static QString denialReason(DenialReason reason);
    static QString denialMeaning(DenialReason reason);
    static QString extensionReason(ExtensionReason reason);
    // What was asked, in a few words ("visits, messages as JSON").
    static QString payloadSummary(const RequestRecord &record);
};

} // namespace pd
