#include "export/JsonTable.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pd {

JsonTable::JsonTable(std::unique_ptr<QIODevice> device)
    : m_device(std::move(device))
    , m_scanner(m_device.get())
{}

JsonTable::~JsonTable() = default;

bool JsonTable::load(QString *error)
{
    m_columns.clear();
    m_index.clear();
    m_rows = 0;
    if (!m_scanner.begin()) {
        if (error)
            *error = m_scanner.errorString();
        return false;
    }
    QByteArray first;
    for (;;) {
        const JsonRecordScanner::Status status = m_scanner.next(m_rows == 0 ? &first : nullptr);
        if (status == JsonRecordScanner::Status::End)
            return true;
        if (status == JsonRecordScanner::Status::Error) {
            if (error)
                *error = m_scanner.errorString();
            return false;
        }
        if (m_rows == 0)
            m_columns = JsonRecordScanner::keysInOrder(first);
        if (m_rows % kStride == 0)
            m_index.append(m_scanner.recordStart());
        ++m_rows;
    }
}

QString JsonTable::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

bool JsonTable::readRows(qint64 first, int count, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    if (first < 0 || first >= m_rows || count <= 0)
        return true;
    m_scanner.seek(m_index.at(first / kStride));
    QByteArray record;
    for (qint64 skip = first % kStride; skip > 0; --skip) {
        if (m_scanner.next(nullptr) != JsonRecordScanner::Status::Record) {
            if (error)
                *error = m_scanner.errorString();
            return false;
        }
    }
    while (rows->size() < count) {
        const JsonRecordScanner::Status status = m_scanner.next(&record);
        if (status == JsonRecordScanner::Status::End)
            break;
        if (status == JsonRecordScanner::Status::Error) {
            if (error)
                *error = m_scanner.errorString();
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(record, &parseError);
        if (!document.isObject()) {
            if (error)
                *error = tr("Malformed JSON at byte %1: %2")
                             .arg(m_scanner.recordStart() + parseError.offset)
                             .arg(parseError.errorString());
            return false;
        }
        const QJsonObject object = document.object();
        QStringList values;
        values.reserve(m_columns.size());
        for (const QString &column : std::as_const(m_columns))
            values.append(text(object.value(column)));
        rows->append(values);
    }
    return true;
}

} // namespace pd
