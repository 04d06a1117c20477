#pragma once

#include "models/RecordModel.h"
#include "protocol/Organisation.h"
#include "protocol/Roles.h"
#include "protocol/StaffAccount.h"

#include <optional>

namespace regiekamer::client {

// Staff accounts (administrators only receive these from the server).
class StaffAccountModel : public RecordModel<api::StaffAccount>
{
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Organisation, Status, ColumnCount };
    Q_ENUM(Column)
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit StaffAccountModel(QObject *parent = nullptr);

    void setAccounts(QList<api::StaffAccount> accounts) { setRows(std::move(accounts)); }
    const QList<api::StaffAccount> &accounts() const { return rows(); }
    std::optional<qint64> versionOf(qint64 id) const;
    // What stands in for a name or e-mail address the server left out.
    static QString withheld();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace regiekamer::client
