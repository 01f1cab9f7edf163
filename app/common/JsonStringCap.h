#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace pd {

// Cuts the long strings of untrusted JSON before it is parsed. A document a
// page draws whole (cookies, data locations...) may carry megabytes in one
// value; parsing, storing, re-reading and copying such a document took the UI
// thread about a second per page and held ~80 MB, for values nobody reads
// past their start. A cut value keeps its first characters and the length of
// the whole, so that DisplayText can still say how long it was: it reads
// start + kCutMark + the full length in decimal. kCutMark is a Unicode
// noncharacter (meant for a program's internal use); one sent by the server
// becomes U+FFFD, so that it cannot pose as a cut value.
class JsonStringCap
{
public:
    static constexpr char16_t kCutMark = 0xFDD0;

    // `json` with every string (value or key) longer than `maxChars` UTF-16
    // units cut as above; nullopt when a string holds ill-formed UTF-8 or an
    // escape that is not one (which the parser would reject too, or, for a
    // backslash before a non-ASCII byte, let a long value through whole).
    // Anything else stays as it was: invalid JSON stays invalid.
    static std::optional<QByteArray> apply(QByteArrayView json, qsizetype maxChars);

    struct Cut {
        QStringView start;
        qsizetype fullLength = 0;
    };
    // The kept start and the whole's length when `text` is a cut value.
    static std::optional<Cut> cutOf(QStringView text);
    // The start would view a string gone by the time it is read.
    static std::optional<Cut> cutOf(QString &&text) = delete;
};

} // namespace pd
