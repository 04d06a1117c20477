#include "db/GroupCommit.h"

#include "db/Database.h"
#include "db/DbLogging.h"

namespace regiekamer::server {

GroupCommit::GroupCommit(Database &database, Limits limits)
    : m_database(database)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { close(); });
    m_database.setHeldTransactionCloser([this] { closeOutsideMember(); });
}

GroupCommit::~GroupCommit()
{
    close();
    m_database.setHeldTransactionCloser({});
}

GroupCommit::Member GroupCommit::join()
{
    return Member(*this);
}

Status GroupCommit::open()
{
    if (m_open)
        return {};
    if (auto begun = m_database.begin(); !begun)
        return begun;
    m_open = true;
    m_age.start();
    m_timer.start();
    return {};
}

void GroupCommit::closeOutsideMember()
{
    if (!m_inMember && !m_closing)
        close();
}

void GroupCommit::close()
{
    if (!m_open || m_closing)
        return;
    m_closing = true;
    m_timer.stop();
    std::vector<Settle> settles = std::move(m_settles);
    m_settles.clear();
    const Status committed = m_database.commit();
    if (!committed) {
        qCCritical(lcDb, "Group commit of %lld requests failed; all of them are refused: %s",
                   static_cast<long long>(settles.size()), qUtf8Printable(committed.error().message));
        m_database.rollback();
    }
    m_open = false;
    m_closing = false;
    ++m_groups;
    for (Settle &settle : settles)
        settle(committed.has_value());
}

GroupCommit::Member::Member(GroupCommit &group)
    : m_group(group)
{
    m_group.m_inMember = true;
    m_started = m_group.open();
    if (m_started)
        m_started = m_group.m_database.begin();
}

GroupCommit::Member::~Member()
{
    if (!m_done)
        discard();
}

void GroupCommit::Member::leave()
{
    m_done = true;
    m_group.m_inMember = false;
}

void GroupCommit::Member::discard()
{
    if (m_done)
        return;
    if (m_started)
        m_group.m_database.rollback();
    leave();
}

void GroupCommit::Member::keep(Settle settle)
{
    if (m_done)
        return;
    if (!m_started) {
        leave();
        settle(false);
        return;
    }
    if (auto released = m_group.m_database.commit(); !released) {
        m_group.m_database.rollback();
        leave();
        settle(false);
        return;
    }
    leave();
    m_group.m_settles.push_back(std::move(settle));
    if (static_cast<qsizetype>(m_group.m_settles.size()) >= m_group.m_limits.members ||
        m_group.m_age.durationElapsed() >= m_group.m_limits.age)
        m_group.close();
}

} // namespace regiekamer::server
