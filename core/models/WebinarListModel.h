#pragma once

#include "models/RecordModel.h"
#include "protocol/Organisation.h"
#include "protocol/Webinar.h"

namespace regiekamer::client {

// Webinars as the server returned them for the signed-in person (already scoped by role).
class WebinarListModel : public RecordModel<api::WebinarSummary>
{
    Q_OBJECT
public:
    enum Column { Title, Organisation, State, StartsAt, Registrations, OpenQuestions, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1; // raw value (QDateTime, qint64, …) for sorting

    explicit WebinarListModel(QObject *parent = nullptr);

    void setWebinars(QList<api::WebinarSummary> webinars) { setRows(std::move(webinars)); }
    const QList<api::WebinarSummary> &webinars() const { return rows(); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const api::WebinarSummary &webinar, int column) const;
    QVariant sortValue(const api::WebinarSummary &webinar, int column) const;
};

} // namespace regiekamer::client
