#pragma once

#include <QString>
#include <QtPlugin>

namespace pd {

// The phone number module's interface: libphonenumber's parsing and
// validation, behind a Qt plugin (module "phonenumbers", see
// core/ModuleLoader.h) so that the app loads libphonenumber, protobuf and
// ICU only when a number is first checked. PhoneNumberNormalizer turns its
// answers into the messages users read.
class PhoneNumberParser
{
public:
    enum class Outcome {
        Valid,
        InvalidCountryCode,
        TooShort,
        TooLong,
        NotANumber,
        NotValid, // parsed, but not a number in use in its region
    };
    struct Parsed {
        Outcome outcome = Outcome::NotANumber;
        QString e164;   // when Valid
        QString region; // ISO 3166-1 alpha-2 of the number, when known
    };

    virtual ~PhoneNumberParser() = default;
    // `defaultRegion`: ISO 3166-1 alpha-2, or "ZZ" when unknown.
    virtual Parsed parse(const QString &text, const QString &defaultRegion) const = 0;
};

} // namespace pd

#define PD_PHONE_NUMBER_PARSER_IID "org.privacydashboard.PhoneNumberParser/1.0"
Q_DECLARE_INTERFACE(pd::PhoneNumberParser, PD_PHONE_NUMBER_PARSER_IID)
