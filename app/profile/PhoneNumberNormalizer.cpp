#include "profile/PhoneNumberNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

namespace pd {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

bool isRegionCode(const QString &code)
{
    return code.size() == 2 && code.at(0).isUpper() && code.at(1).isUpper() &&
           code.at(0).unicode() < 128 && code.at(1).unicode() < 128;
}

} // namespace

PhoneNumberNormalizer::Result PhoneNumberNormalizer::normalize(const QString &input,
                                                               const QString &defaultRegion)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{}, tr("Enter a phone number.")};
    // Letters are never part of a number the user means ("ext." aside, which
    // the API cannot store); libphonenumber would read vanity letters as digits.
    for (const QChar c : text) {
        if (c.isLetter())
            return {{},
                    tr("A phone number contains only digits, spaces, “+”, “-” and "
                       "brackets.")};
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string region =
        isRegionCode(defaultRegion) ? defaultRegion.toStdString() : std::string("ZZ");
    PhoneNumber number;
    switch (util->Parse(text.toStdString(), region, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (!text.startsWith(u'+'))
            return {{},
                    tr("Start the number with “+” and the country code (for example "
                       "+62 for Indonesia), or enter the country of your address.")};
        return {{}, tr("The country code after “+” does not exist.")};
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return {{}, tr("The phone number is too short.")};
    case PhoneNumberUtil::TOO_LONG_NSN:
        return {{}, tr("The phone number is too long.")};
    case PhoneNumberUtil::NOT_A_NUMBER:
        return {{}, tr("This is not a phone number.")};
    }
    if (!util->IsValidNumber(number)) {
        const QString country = QString::fromStdString([&] {
            std::string code;
            util->GetRegionCodeForNumber(number, &code);
            return code;
        }());
        const QLocale::Territory territory = QLocale::codeToTerritory(country);
        if (territory != QLocale::AnyTerritory)
            return {{},
                    tr("This is not a valid phone number in %1. Check the digits, or "
                       "start with “+” and the country code.")
                        .arg(QLocale::territoryToString(territory))};
        return {{},
                tr("This is not a valid phone number. Check the digits, or start with "
                   "“+” and the country code.")};
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return {QString::fromStdString(e164), {}};
}

QString PhoneNumberNormalizer::defaultRegion(const QString &addressCountry, const QLocale &locale)
{
    const QString country = addressCountry.trimmed().toUpper();
    if (isRegionCode(country))
        return country;
    const QString territory = QLocale::territoryToCode(locale.territory());
    return isRegionCode(territory) ? territory : QString();
}

} // namespace pd
