#pragma once

#include "export/JsonRecordScanner.h"
#include "export/TabularFile.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class QIODevice;
class QJsonValue;

namespace pd {

// A JSON file holding one array of flat objects as a TabularFile: the
// columns are the first object's member names in file order; load() walks the
// file once, keeping the offset of every kStride-th object; readRows() seeks
// and parses only the objects asked for. Nested values show as compact JSON.
class JsonTable : public TabularFile
{
    Q_DECLARE_TR_FUNCTIONS(pd::JsonTable)
public:
    static constexpr int kStride = 64;

    explicit JsonTable(std::unique_ptr<QIODevice> device);
    ~JsonTable() override;

    bool load(QString *error);

    QStringList columns() const override { return m_columns; }
    qint64 rowCount() const override { return m_rows; }
    bool readRows(qint64 first, int count, QList<QStringList> *rows, QString *error) override;

    static QString text(const QJsonValue &value);

private:
    std::unique_ptr<QIODevice> m_device;
    JsonRecordScanner m_scanner;
    QStringList m_columns;
    QList<qint64> m_index;
    qint64 m_rows = 0;
};

} // namespace pd
