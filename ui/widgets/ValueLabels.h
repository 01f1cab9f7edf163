#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace pd {

// Translated names for the API's enumerated values (device types, message
// channels, log levels, request types and statuses...). An unknown value
// (a newer server) is shown as it is.
class ValueLabels
{
    Q_DECLARE_TR_FUNCTIONS(pd::ValueLabels)
public:
    using Choices = QList<QPair<QString, QString>>; // raw value, label

    static Choices deviceTypes();
    static Choices messageChannels();
    static Choices messageDirections();
    static Choices logLevels();
    static Choices requestTypes();
    static Choices requestStatuses();

    // The label of `value` among `choices`, or `value` itself.
    static QString label(const Choices &choices, const QString &value);
    static QString requestType(const QString &value) { return label(requestTypes(), value); }
    static QString requestStatus(const QString &value) { return label(requestStatuses(), value); }
};

} // namespace pd
