// A CSV file of an export archive (RFC 4180, any bytes) through CsvTable.
#include "TableChecks.h"

#include "export/CsvTable.h"

namespace pd::fuzz {

void csvTable(QByteArrayView input)
{
    CsvTable table(readOnlyBuffer(input));
    QString error;
    if (!table.load(&error)) {
        require(!error.isEmpty(), "a refused CSV file says why");
        return;
    }
    checkTable(table, false, true);
}

} // namespace pd::fuzz
