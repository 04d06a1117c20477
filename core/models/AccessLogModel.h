#pragma once

#include "models/RecordModel.h"
#include "protocol/AuditEntry.h"

#include <QHash>

namespace regiekamer::client {

// The access log entries a person may see, newest first as the server sends them: the first page, older pages
// appended at the end (fetchMore() asks for them through olderWanted), live entries inserted at the top. Labels for
// actions, roles, outcomes and object types are translated (AccessLogLabels); the tooltip holds the details. Rows are
// kept by their sequence number.
class AccessLogModel : public RecordModel<api::AuditEntry, &api::AuditEntry::sequence>
{
    Q_OBJECT
public:
    enum Column { Time, Who, Role, Action, Object, Outcome, ColumnCount };
    Q_ENUM(Column)
    static constexpr int SequenceRole = Qt::UserRole + 1;
    static constexpr int WireRole = Qt::UserRole + 2; // the untranslated value (action, outcome, role …)
    static constexpr int SubjectRole = Qt::UserRole + 3; // the attendee's user id, 0 if none

    explicit AccessLogModel(QObject *parent = nullptr);

    void setEntries(QList<api::AuditEntry> entries) { setRows(std::move(entries)); }
    void appendOlder(QList<api::AuditEntry> entries); // entries already shown are skipped
    bool insertNewest(const api::AuditEntry &entry); // false: already shown or older than the newest shown
    void clear();
    void setMoreAvailable(bool more);
    bool moreAvailable() const;
    void setWebinarTitles(QHash<qint64, QString> titles);

    const QList<api::AuditEntry> &entries() const { return rows(); }
    const api::AuditEntry &entryAt(int row) const { return rowAt(row); }

    // The entry's object (AccessLogLabels::objectText) with the webinar titles known to the model.
    QString objectText(const api::AuditEntry &entry) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void olderWanted();

private:
    QVariant display(const api::AuditEntry &entry, int column) const;
    QVariant wire(const api::AuditEntry &entry, int column) const;

    QHash<qint64, QString> m_webinarTitles;
    bool m_moreAvailable = false;
};

} // namespace regiekamer::client
