#pragma once

#include "backup/BackupObject.h"
#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace regiekamer::server::backup {

// Replays captured transactions (ChangeRecord changesets) onto a snapshot's database file, with the raw sqlite3 API
// (Qt's driver does not expose the session extension).
//
// The changesets already hold every row that cascades and triggers changed, each as a row of its own, so while they
// are applied foreign keys are off and triggers are disabled: either would change those rows a second time. Any
// conflict (a row missing, different or already there, a constraint failing) aborts: the backup does not belong to
// this snapshot, and a restore that guessed would be silently wrong. Nothing is committed before finish().
class ChangesetApplier
{
public:
    ~ChangesetApplier();
    ChangesetApplier(const ChangesetApplier &) = delete;
    ChangesetApplier &operator=(const ChangesetApplier &) = delete;

    // Opens an existing SQLite file (never creates one) and starts the transaction the changes go into.
    static Result<std::unique_ptr<ChangesetApplier>> open(const QString &path);

    // Applies one record's changeset. A schema marker is refused: nothing after it fits this schema.
    Status apply(const ChangeRecord &record);
    // Empties the tables a restore drops (capture::uncapturedTables), checks that every foreign key holds, commits,
    // checks the file's integrity and closes it.
    Status finish();

    qint64 appliedCount() const { return m_applied; }

private:
    explicit ChangesetApplier(sqlite3 *database);

    Status checkTables(const ChangeRecord &record);
    Result<QByteArray> primaryKeyLayout(const QString &table); // empty: no such table
    Result<QStringList> rows(const QString &sql, const QString &bound = {});
    Status execute(const char *sql, const QString &what);

    sqlite3 *m_database = nullptr;
    QHash<QString, QByteArray> m_primaryKeys; // per table: one byte per column, 1 where it is part of the key
    qint64 m_applied = 0;
    bool m_open = true;
};

} // namespace regiekamer::server::backup
