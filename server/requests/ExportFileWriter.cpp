#include "ExportFileWriter.h"

#include "ExportRowReader.h"
#include "ZipEntrySink.h"
#include "kernel/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <stdexcept>

namespace pd::server {

namespace {

QJsonArray listValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')))
        return QJsonDocument::fromJson(trimmed.toUtf8()).array();
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return QJsonArray::fromStringList(trimmed.split(separators, Qt::SkipEmptyParts));
}

} // namespace

QJsonValue ExportFileWriter::jsonValue(ExportColumnKind kind, const QVariant &value)
{
    switch (kind) {
    case ExportColumnKind::Text:
        return value.toString();
    case ExportColumnKind::NullableText:
        return value.isNull() || value.toString().isEmpty() ? QJsonValue()
                                                            : QJsonValue(value.toString());
    case ExportColumnKind::Integer:
        return value.toLongLong();
    case ExportColumnKind::Boolean:
        return value.toLongLong() != 0;
    case ExportColumnKind::Time:
        return toApiTime(value.toLongLong());
    case ExportColumnKind::NullableTime:
        return value.isNull() || value.toLongLong() <= 0
                   ? QJsonValue()
                   : QJsonValue(toApiTime(value.toLongLong()));
    case ExportColumnKind::List:
        return listValue(value.toString());
    case ExportColumnKind::Json: {
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    }
    return {};
}

QString ExportFileWriter::csvText(ExportColumnKind kind, const QVariant &value)
{
    const QJsonValue json = jsonValue(kind, value);
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toLongLong());
    case QJsonValue::String:
        return formulaSafe(json.toString());
    case QJsonValue::Array:
        if (kind == ExportColumnKind::List) {
            QStringList items;
            for (const QJsonValue &item : json.toArray())
                items << item.toString();
            return formulaSafe(items.join(QLatin1Char(' ')));
        }
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ExportFileWriter::formulaSafe(const QString &text)
{
    // A spreadsheet runs a cell starting with one of these as a formula
    // (=HYPERLINK(...) sends data away). OWASP's advice: a leading single
    // quote, which makes it text. Numbers are written as numbers, so a
    // negative one is never touched; JSON and [ or { never start a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray ExportFileWriter::csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

ExportFileEntry ExportFileWriter::write(QuaZip &zip, const Database &db,
                                        const ExportCategory &category, const QString &accountId,
                                        Format format, const ExportPace &pace)
{
    ExportFileEntry entry;
    entry.path =
        category.name + (format == Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv"));
    ZipEntrySink sink(zip, entry.path);
    if (format == Format::Csv) {
        QByteArrayList header;
        for (const ExportColumn &column : category.columns)
            header << csvField(column.name);
        sink.append(header.join(',') + "\r\n");
    } else {
        sink.append("[");
    }
    ExportRowReader(db, category, accountId, pace).forEach([&](const QVariantList &values) {
        if (format == Format::Csv) {
            QByteArrayList fields;
            for (qsizetype i = 0; i < values.size(); ++i)
                fields << csvField(csvText(category.columns.at(i).kind, values.at(i)));
            sink.append(fields.join(',') + "\r\n");
        } else {
            QJsonObject record;
            for (qsizetype i = 0; i < values.size(); ++i) {
                const ExportColumn &column = category.columns.at(i);
                record.insert(column.name, jsonValue(column.kind, values.at(i)));
            }
            sink.append((entry.rows == 0 ? QByteArray("\n") : QByteArray(",\n")) +
                        QJsonDocument(record).toJson(QJsonDocument::Compact));
        }
        ++entry.rows;
    });
    if (format == Format::Json)
        sink.append("\n]\n");
    std::tie(entry.sha256, entry.sizeBytes) = sink.close();
    return entry;
}

void ExportFileWriter::writeWhole(QuaZip &zip, const QString &path, const QByteArray &content)
{
    ZipEntrySink sink(zip, path);
    sink.append(content);
    sink.close();
}

} // namespace pd::server
