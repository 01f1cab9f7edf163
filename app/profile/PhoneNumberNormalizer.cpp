#include "profile/PhoneNumberNormalizer.h"

#include "core/ModuleLoader.h"
#include "profile/PhoneNumberParser.h"

namespace pd {

namespace {

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
    const PhoneNumberParser *parser = ModuleLoader::load<PhoneNumberParser>(moduleName());
    if (!parser)
        return withoutModule(text);
    const QString region = isRegionCode(defaultRegion) ? defaultRegion : QStringLiteral("ZZ");
    const PhoneNumberParser::Parsed parsed = parser->parse(text, region);
    switch (parsed.outcome) {
    case PhoneNumberParser::Outcome::Valid:
        return {parsed.e164, {}};
    case PhoneNumberParser::Outcome::InvalidCountryCode:
        if (!text.startsWith(u'+'))
            return {{},
                    tr("Start the number with “+” and the country code (for example "
                       "+62 for Indonesia), or enter the country of your address.")};
        return {{}, tr("The country code after “+” does not exist.")};
    case PhoneNumberParser::Outcome::TooShort:
        return {{}, tr("The phone number is too short.")};
    case PhoneNumberParser::Outcome::TooLong:
        return {{}, tr("The phone number is too long.")};
    case PhoneNumberParser::Outcome::NotANumber:
        return {{}, tr("This is not a phone number.")};
    case PhoneNumberParser::Outcome::NotValid:
        break;
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(parsed.region);
    if (territory != QLocale::AnyTerritory)
        return {{},
                tr("This is not a valid phone number in %1. Check the digits, or "
                   "start with “+” and the country code.")
                    .arg(QLocale::territoryToString(territory))};
    return {{},
            tr("This is not a valid phone number. Check the digits, or start with "
               "“+” and the country code.")};
}

PhoneNumberNormalizer::Result PhoneNumberNormalizer::withoutModule(const QString &text)
{
    // Without the country rules, only a number already in international
    // form can be taken: "+", then the 8 to 15 digits E.164 allows, with
    // the separators people type. The server checks it again.
    QString digits;
    bool international = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'+' && i == 0)
            international = true;
        else if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (!QStringView(u" -().").contains(c))
            return {{}, tr("This is not a phone number.")};
    }
    if (!international)
        return {{},
                tr("Phone numbers cannot be checked on this computer: part of the app is "
                   "missing. Write the number with “+” and the country code (for example "
                   "+62 21 5795 1234).")};
    if (digits.size() < 8 || digits.startsWith(u'0'))
        return {{}, tr("The phone number is too short.")};
    if (digits.size() > 15)
        return {{}, tr("The phone number is too long.")};
    return {QStringLiteral("+") + digits, {}};
}

QString PhoneNumberNormalizer::moduleName()
{
    return QStringLiteral("phonenumbers");
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
