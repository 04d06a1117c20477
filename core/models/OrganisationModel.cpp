#include "models/OrganisationModel.h"

namespace regiekamer::client {

OrganisationModel::OrganisationModel(QObject *parent)
    : RecordModel<api::Organisation>(parent)
{
    retranslateOnLanguageChange({});
}

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return rowAt(index.row()).name;
    if (role == IdRole)
        return rowAt(index.row()).id;
    return {};
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == Name)
        return tr("Organisation");
    return RecordModel::headerData(section, orientation, role);
}

} // namespace regiekamer::client
