#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_session;

namespace regiekamer::server {

// The capture side of the continuous backups (db/ChangeCapture.h, docs/backups.md "Capture"), one per connection: a
// SQLite session records every change to the captured tables; Database::commit() takes the transaction's changeset
// and writes it into backup_log just before COMMIT. A commit hook refuses every other commit that changed a captured
// table, so a write that bypasses Database's transactions (an autocommit statement) fails instead of being missing
// from the backups.
class ChangeRecorder
{
public:
    // nullptr when the capture is off (no backups configured, or a schema older than version 10).
    static Result<std::unique_ptr<ChangeRecorder>> attach(const QSqlDatabase &connection);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // The changes recorded since the last restart(); empty when the transaction changed no captured table.
    Result<QByteArray> changeset() const;
    // Lets the next commit through even though captured tables changed: its changeset is in backup_log.
    void allowNextCommit() { m_commitAllowed = true; }
    // After the outermost COMMIT or ROLLBACK: a fresh session for the next transaction.
    Status restart();
    // Outside a transaction: drops what a refused autocommit write left in the session.
    void restartIfDirty();

private:
    explicit ChangeRecorder(sqlite3 *handle);
    Status startSession();
    static int refuseUnrecordedCommit(void *recorder);

    sqlite3 *m_handle = nullptr;
    sqlite3_session *m_session = nullptr;
    bool m_commitAllowed = false;
};

} // namespace regiekamer::server
