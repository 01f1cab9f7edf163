#include "LibPhoneNumberParser.h"

#include <phonenumbers/phonenumberutil.h>

namespace pd {

PhoneNumberParser::Parsed LibPhoneNumberParser::parse(const QString &text,
                                                      const QString &defaultRegion) const
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    switch (util->Parse(text.toStdString(), defaultRegion.toStdString(), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return {Outcome::InvalidCountryCode, {}, {}};
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return {Outcome::TooShort, {}, {}};
    case PhoneNumberUtil::TOO_LONG_NSN:
        return {Outcome::TooLong, {}, {}};
    case PhoneNumberUtil::NOT_A_NUMBER:
        return {Outcome::NotANumber, {}, {}};
    }
    if (!util->IsValidNumber(number)) {
        std::string region;
        util->GetRegionCodeForNumber(number, &region);
        return {Outcome::NotValid, {}, QString::fromStdString(region)};
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return {Outcome::Valid, QString::fromStdString(e164), {}};
}

} // namespace pd
