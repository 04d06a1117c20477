#pragma once

#include "models/RecordModel.h"
#include "protocol/Organisation.h"

namespace regiekamer::client {

// Client organisations (admin: all; client staff: their own).
class OrganisationModel : public RecordModel<api::Organisation>
{
    Q_OBJECT
public:
    enum Column { Name, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit OrganisationModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace regiekamer::client
