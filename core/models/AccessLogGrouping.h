#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace regiekamer::client {

class AccessLogModel;

// The access log as a person reads it: the bursts of reads an app makes by itself (opening a webinar reads its
// details, registrations, questions and presence within a second) are shown as one row, "Read (4 times)", whose
// tooltip lists every entry. Nothing is dropped from what was recorded or loaded: ungrouped (setGrouped(false)) every
// entry has its row, and the source model keeps them all. A burst is a run of allowed reads by one person in one
// webinar, each within burstWindowMs of the run's newest entry.
class AccessLogGrouping : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr qint64 burstWindowMs = 10'000;
    static constexpr int GroupSizeRole = Qt::UserRole + 20; // the entries a row stands for (1 when alone)

    explicit AccessLogGrouping(QObject *parent = nullptr);

    void setLog(AccessLogModel *log);
    void setGrouped(bool grouped);
    bool isGrouped() const { return m_grouped; }
    // How many entries the row stands for.
    int groupSize(int proxyRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void group() const;
    void regroup();
    bool joinsBurst(int headRow, int row) const;
    QString burstTooltip(int headRow) const;
    QString burstObjects(int headRow) const;

    AccessLogModel *m_log = nullptr;
    bool m_grouped = true;
    // Per source row: the row of its burst's newest entry (itself when alone or the head), and the burst's size when
    // the row is a head (else 0). Mutable: filterAcceptsRow() groups rows that arrived before regroup() ran.
    mutable std::vector<int> m_headOf;
    mutable std::vector<int> m_sizeOf;
};

} // namespace regiekamer::client
