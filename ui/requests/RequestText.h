#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pd {

struct RequestRecord;

// How a rights request reads to users: its type, status, due date and what
// was asked, translated (the record itself is the core's).
class RequestText
{
    // The context of the class these texts came from, so that their
    // translations still apply.
    Q_DECLARE_TR_FUNCTIONS(pd::RequestRecord)
public:
    static QString type(const RequestRecord &record);
    static QString status(const RequestRecord &record);
    static QString due(const RequestRecord &record, const QDateTime &now);
    // The warning for an overdue request ("Overdue: the answer was due on…").
    static QString overdue(const RequestRecord &record);
    // What was asked, in a few words ("visits, messages as JSON").
    static QString payloadSummary(const RequestRecord &record);
};

} // namespace pd
