// A sync list page through the ingest's own reader (JsonPageReader): every
// value it hands over is read byte by byte, so a slice that points outside
// the body or at a freed decode buffer is an AddressSanitizer report.
#include "FuzzTargets.h"

#include "sync/JsonPageHandler.h"
#include "sync/JsonPageReader.h"

#include <string_view>

namespace pd::fuzz {
namespace {

class TouchingHandler : public JsonPageHandler
{
public:
    void beginItem() override
    {
        require(!m_inItem, "items do not nest");
        m_inItem = true;
    }
    // Wants every member, nested ones in their own slot, as the ingest
    // wants the columns of a category.
    int slotFor(std::string_view path) const override
    {
        return path.find('.') == std::string_view::npos ? 0 : 1;
    }
    void value(int slot, const JsonScalar &value) override
    {
        require(m_inItem && (slot == 0 || slot == 1), "values belong to an item's slot");
        for (const char c : value.text)
            m_checksum += static_cast<unsigned char>(c);
    }
    bool endItem() override
    {
        require(m_inItem, "an item ends after it began");
        m_inItem = false;
        return true;
    }

private:
    bool m_inItem = false;
    unsigned m_checksum = 0;
};

} // namespace

void syncPage(QByteArrayView input)
{
    JsonPageReader reader;
    TouchingHandler handler;
    if (reader.read(input, handler)) {
        require(reader.itemCount() >= 0 && reader.total() >= -1, "counts are in range");
    } else {
        require(!reader.error().isEmpty(), "a refused page says why");
    }
}

} // namespace pd::fuzz
