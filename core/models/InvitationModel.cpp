#include "models/InvitationModel.h"

#include <QLocale>

namespace regiekamer::client {

InvitationModel::InvitationModel(QObject *parent)
    : RecordModel<api::Invitation>(parent)
{
    retranslateOnLanguageChange({});
}

int InvitationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Invitation &invitation = rowAt(index.row());
    if (role == IdRole)
        return invitation.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Email:
        return invitation.email;
    case Name:
        return invitation.displayName;
    case Role:
        return roleDisplayName(invitation.role);
    case Expires:
        return invitation.expiresAt.isValid()
            ? QLocale().toString(invitation.expiresAt.toLocalTime(), QLocale::ShortFormat)
            : tr("Expired: send it again or revoke it");
    default:
        return {};
    }
}

QVariant InvitationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("E-mail address");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Expires:
        return tr("Link valid until");
    default:
        return {};
    }
}

} // namespace regiekamer::client
