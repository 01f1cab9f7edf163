#pragma once

#include "profile/PhoneNumberParser.h"

#include <QObject>

namespace pd {

// The phone number module: PhoneNumberParser on Google's libphonenumber.
// Built as a plugin of its own (pd_phonenumbers), never linked into the app.
class LibPhoneNumberParser : public QObject, public PhoneNumberParser
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PD_PHONE_NUMBER_PARSER_IID)
    Q_INTERFACES(pd::PhoneNumberParser)
public:
    Parsed parse(const QString &text, const QString &defaultRegion) const override;
};

} // namespace pd
