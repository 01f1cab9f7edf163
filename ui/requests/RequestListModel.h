#pragma once

#include "requests/RequestRecord.h"

#include <QAbstractTableModel>

#include <functional>

namespace pd {

// The user's requests as a table: type, status, when made, when due (with an
// "overdue" warning). Requests still waiting in the outbox come first.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Type, Status, Created, Due, ColumnCount };
    enum Role { KeyRole = Qt::UserRole };
    using Clock = std::function<QDateTime()>;

    explicit RequestListModel(QObject *parent = nullptr, Clock clock = {});

    void setServerRecords(const QList<RequestRecord> &records);
    void setWaitingRecords(const QList<RequestRecord> &records);
    // Replaces the server request with the same id (or adds it at the top).
    void upsert(const RequestRecord &record);

    const QList<RequestRecord> &serverRecords() const { return m_server; }
    const RequestRecord *record(int row) const;
    const RequestRecord *recordByKey(const QString &key) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const;

    QList<RequestRecord> m_waiting;
    QList<RequestRecord> m_server;
    Clock m_clock;
};

} // namespace pd
