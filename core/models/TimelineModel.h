#pragma once

#include "protocol/GoLive.h"

#include <QAbstractTableModel>

namespace regiekamer::client {

// A webinar's timeline (GET /api/v1/webinars/{id}/timeline): one row per state change, oldest first, with when, the
// change and who made it. Replaced whole on each load (the timeline only grows and is short).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Change, Who, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setEntries(const QList<api::TimelineEntry> &entries);
    const QList<api::TimelineEntry> &entries() const { return m_entries; }
    // When the webinar last went live, invalid if never.
    QDateTime wentLiveAt() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString changeText(const api::TimelineEntry &entry); // translated: "Rehearsal → Live (override)"
    static QString actorText(const api::TimelineEntry &entry); // translated: "Joost van Dijk (director)"

private:
    QList<api::TimelineEntry> m_entries;
};

} // namespace regiekamer::client
