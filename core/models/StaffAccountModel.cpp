#include "models/StaffAccountModel.h"

namespace regiekamer::client {

StaffAccountModel::StaffAccountModel(QObject *parent)
    : RecordModel(parent)
{
    retranslateOnLanguageChange({Qt::DisplayRole});
}

std::optional<qint64> StaffAccountModel::versionOf(qint64 id) const
{
    const int row = rowOfId(id);
    return row < 0 ? std::nullopt : std::optional(rowAt(row).version);
}

// A viewer account's name and e-mail address are attendee data, which the server sends only with an access reason.
QString StaffAccountModel::withheld()
{
    return tr("(attendee data, not shown)");
}

int StaffAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffAccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::StaffAccount &account = rowAt(index.row());
    if (role == IdRole)
        return account.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return account.displayName.value_or(withheld());
    case Email:
        return account.email.value_or(withheld());
    case Role:
        return roleDisplayName(account.role);
    case Organisation:
        return account.organisationName;
    case Status:
        return account.disabled ? tr("Disabled") : tr("Active");
    default:
        return {};
    }
}

QVariant StaffAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Organisation:
        return tr("Organisation");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace regiekamer::client
