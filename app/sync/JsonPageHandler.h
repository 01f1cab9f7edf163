#pragma once

#include <string_view>

namespace pd {

// A value inside a page item as JsonPageReader reports it. `text` is the
// decoded UTF-8 of a string, the literal of a number, or the raw JSON of an
// array or nested object; it stays valid until the item ends.
struct JsonScalar {
    enum class Kind { Null, False, True, Number, String, Composite };
    Kind kind = Kind::Null;
    std::string_view text;
};

// Receives the items of a page. Members of an item are addressed by path:
// "id", or "location.city" for a member of an object inside the item.
class JsonPageHandler
{
public:
    virtual ~JsonPageHandler() = default;
    virtual void beginItem() = 0;
    // A slot number for `path`, or -1 when the handler does not want it.
    virtual int slotFor(std::string_view path) const = 0;
    virtual void value(int slot, const JsonScalar &value) = 0;
    // false stops reading (the handler keeps its own reason).
    virtual bool endItem() = 0;
};

} // namespace pd
