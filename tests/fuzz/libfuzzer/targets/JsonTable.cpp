// A JSON file of an export archive (an array of flat objects, any bytes)
// through JsonRecordScanner and JsonTable.
#include "TableChecks.h"

#include "export/JsonRecordScanner.h"
#include "export/JsonTable.h"

namespace pd::fuzz {

void jsonTable(QByteArrayView input)
{
    (void)JsonRecordScanner::keysInOrder(input.toByteArray());
    JsonTable table(readOnlyBuffer(input));
    QString error;
    if (!table.load(&error)) {
        require(!error.isEmpty(), "a refused JSON file says why");
        return;
    }
    checkTable(table, true, false);
}

} // namespace pd::fuzz
