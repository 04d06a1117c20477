#pragma once

#include "base/Result.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <chrono>
#include <functional>

namespace regiekamer::server {

class Database;

// The cap of one group: the write lock is held (other processes wait, up to the busy timeout) and the first
// member's answer waits for at most this long or this many members, whichever comes first.
struct GroupCommitLimits
{
    qsizetype members = 64;
    std::chrono::milliseconds age {20};
};

// Requests in flight share one WAL commit (docs/architecture.md "Group commit"). The first member of a group opens
// the outermost transaction (BEGIN IMMEDIATE); each member's work runs in a savepoint of its own inside it, so a
// member whose work fails rolls back only that work. A member that is kept waits for the group's COMMIT: its settle
// function learns whether the commit succeeded, and only then may anything of it leave the server (the answer, its
// events). The group commits when the event loop has no more ready work (a zero-timer), or at once when it reached
// Limits, or when anything else uses the connection (Database::setHeldTransactionCloser). One per Database, on its
// thread.
class GroupCommit
{
public:
    using Limits = GroupCommitLimits;
    // Called once per kept member when its group's COMMIT succeeded (true) or failed (false: nothing of the group
    // was kept).
    using Settle = std::move_only_function<void(bool committed)>;

    explicit GroupCommit(Database &database, Limits limits = {});
    ~GroupCommit();
    GroupCommit(const GroupCommit &) = delete;
    GroupCommit &operator=(const GroupCommit &) = delete;

    // One member's work: a savepoint in the group's transaction. Rolled back unless kept.
    class Member
    {
    public:
        ~Member();
        Member(const Member &) = delete;
        Member &operator=(const Member &) = delete;

        Status started() const { return m_started; }
        // Keeps the member's work in the group; settle runs after the group's COMMIT (or at once, with false, when
        // the savepoint cannot be released).
        void keep(Settle settle);
        // Rolls back this member's work only; the rest of the group goes on.
        void discard();

    private:
        friend class GroupCommit;
        explicit Member(GroupCommit &group);
        void leave();

        GroupCommit &m_group;
        Status m_started;
        bool m_done = false;
    };

    Member join();
    // Commits the group now and settles its members.
    void close();
    // Members kept and waiting for the commit.
    qsizetype waiting() const { return m_settles.size(); }
    // Groups committed (or failed) so far.
    qint64 groups() const { return m_groups; }

private:
    Status open();
    void closeOutsideMember();

    Database &m_database;
    Limits m_limits;
    QTimer m_timer;
    QElapsedTimer m_age;
    std::vector<Settle> m_settles;
    qint64 m_groups = 0;
    bool m_open = false;
    bool m_inMember = false;
    bool m_closing = false;
};

} // namespace regiekamer::server
