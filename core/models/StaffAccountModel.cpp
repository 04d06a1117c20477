#include "models/StaffAccountModel.h"

#include "settings/LanguageChangeWatcher.h"

namespace regiekamer::client {

StaffAccountModel::StaffAccountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &StaffAccountModel::retranslate);
}

void StaffAccountModel::setAccounts(QList<api::StaffAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

void StaffAccountModel::clear()
{
    setAccounts({});
}

const QList<api::StaffAccount> &StaffAccountModel::accounts() const
{
    return m_accounts;
}

std::optional<qint64> StaffAccountModel::versionOf(qint64 id) const
{
    for (const api::StaffAccount &account : m_accounts) {
        if (account.id == id)
            return account.version;
    }
    return std::nullopt;
}

int StaffAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int StaffAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffAccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::StaffAccount &account = m_accounts.at(index.row());
    if (role == IdRole)
        return account.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return account.displayName;
    case Email:
        return account.email;
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
        return QAbstractTableModel::headerData(section, orientation, role);
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

void StaffAccountModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace regiekamer::client
