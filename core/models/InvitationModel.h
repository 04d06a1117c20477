#pragma once

#include "models/RecordModel.h"
#include "protocol/AccountLinks.h"

namespace regiekamer::client {

// Pending staff invitations (admins; docs/accounts.md): who, which role, until when the link works.
class InvitationModel : public RecordModel<api::Invitation>
{
    Q_OBJECT
public:
    enum Column { Email, Name, Role, Expires, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit InvitationModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace regiekamer::client
