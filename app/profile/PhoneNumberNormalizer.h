#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pd {

// Turns a phone number as people type it ("0812-3456-7890", "(021) 5795
// 1234", "+62 21 5795 1234") into the E.164 form the API stores
// ("+6281234567890"), with Google's libphonenumber: its per-country metadata
// knows trunk prefixes, number lengths and valid ranges, which hand-written
// rules would get wrong for most of the world. libphonenumber is in the
// "phonenumbers" module, loaded on the first number checked; without it
// only numbers written with "+" and the country code are taken, unchecked
// beyond their length.
class PhoneNumberNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(pd::PhoneNumberNormalizer)
public:
    struct Result {
        QString e164;    // empty unless the number is valid
        QString problem; // translated, for users; empty when valid
        bool isValid() const { return !e164.isEmpty(); }
    };

    // `defaultRegion` (ISO 3166-1 alpha-2, e.g. "ID") is where a number
    // without a leading "+" is dialled from; an empty or unknown region means
    // such numbers cannot be placed and must be written with "+".
    static Result normalize(const QString &input, const QString &defaultRegion);

    // The region a number without "+" most likely belongs to: the mailing
    // address's country when there is one, else the locale's territory.
    static QString defaultRegion(const QString &addressCountry, const QLocale &locale = QLocale());

    // The module that holds libphonenumber (core/ModuleLoader.h).
    static QString moduleName();

private:
    static Result withoutModule(const QString &text);
};

} // namespace pd
