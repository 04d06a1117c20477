#pragma once

#include "protocol/Protocol.h"

#include <QAbstractTableModel>

#include <optional>

namespace regiekamer::client {

// Staff accounts (administrators only receive these from the server).
class StaffAccountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Organisation, Status, ColumnCount };
    Q_ENUM(Column)
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit StaffAccountModel(QObject *parent = nullptr);

    void setAccounts(QList<api::StaffAccount> accounts);
    void clear();
    const QList<api::StaffAccount> &accounts() const;
    std::optional<qint64> versionOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void retranslate();

    QList<api::StaffAccount> m_accounts;
};

} // namespace regiekamer::client
