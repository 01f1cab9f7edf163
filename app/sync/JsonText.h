#pragma once

#include <string>

namespace pd {

// The string-level rules of JSON text for JsonPageReader: UTF-8 validation
// and unescaping.
class JsonText
{
public:
    // Advances `p` over one UTF-8 sequence starting at a byte >= 0x80; false
    // when it is not well-formed (overlong, surrogate, above U+10FFFF,
    // truncated).
    static bool skipUtf8Sequence(const char *&p, const char *end);
    // Decodes the rest of a string whose escapes start at `p`, appending to
    // `out`, and leaves `p` after the closing quote. false and a reason in
    // *failure for malformed text. Lone surrogates become U+FFFD.
    static bool unescapeRest(const char *&p, const char *end, std::string &out,
                             const char **failure);

private:
    static void appendUtf8(std::string &out, char32_t codePoint);
    static bool readHex4(const char *&p, const char *end, char32_t *out);
};

} // namespace pd
