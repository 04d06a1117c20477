#include "storage/WebinarTimeline.h"

#include "db/Database.h"
#include "keys/FieldCipher.h"

#include <QHash>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

WebinarTimeline::WebinarTimeline(Database &database, FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{
}

Status WebinarTimeline::record(const StateChangeRecord &change)
{
    auto written = m_database.exec(
        u"INSERT INTO webinar_state_changes (webinar_id, from_state, to_state, changed_at, actor_id, actor_role,"
        " overridden) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {change.webinarId, webinarStateToWire(change.from), webinarStateToWire(change.to), toDatabaseTime(change.at),
         change.actorId > 0 ? QVariant(change.actorId) : QVariant(), change.actorRole, change.overridden ? 1 : 0});
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<QString> currentDisplayName(Database &database, FieldCipher &cipher, qint64 userId)
{
    auto query = database.exec(u"SELECT display_name FROM users WHERE id = ?"_s, {userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return QString();
    auto key = cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    return FieldCipher::open(*key, query->value(0), "users", "display_name", userId);
}

Result<QList<api::TimelineEntry>> WebinarTimeline::list(qint64 webinarId)
{
    auto query = m_database.exec(u"SELECT id, from_state, to_state, changed_at, actor_id, actor_role, overridden"
                                 " FROM webinar_state_changes WHERE webinar_id = ? ORDER BY id"_s,
                                 {webinarId});
    if (!query)
        return std::unexpected(query.error());
    QList<api::TimelineEntry> entries;
    QHash<qint64, QString> names;
    while (query->next()) {
        api::TimelineEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.from = webinarStateFromWire(query->value(1).toString()).value_or(WebinarState::Draft);
        entry.to = webinarStateFromWire(query->value(2).toString()).value_or(WebinarState::Draft);
        entry.at = fromDatabaseTime(query->value(3));
        entry.actorId = query->value(4).toLongLong();
        entry.actorRole = query->value(5).toString();
        entry.overridden = query->value(6).toInt() != 0;
        if (entry.actorId > 0 && !names.contains(entry.actorId)) {
            auto name = currentDisplayName(m_database, m_cipher, entry.actorId);
            if (!name)
                return std::unexpected(name.error());
            names.insert(entry.actorId, *name);
        }
        entry.actorName = names.value(entry.actorId);
        entries.append(entry);
    }
    return entries;
}

Result<PreflightFacts> WebinarTimeline::preflightFacts(qint64 webinarId, WebinarState current)
{
    auto query = m_database.exec(
        u"SELECT EXISTS (SELECT 1 FROM webinar_state_changes WHERE webinar_id = ? AND to_state = 'rehearsal'),"
        " EXISTS (SELECT 1 FROM webinar_stream_keys WHERE webinar_id = ?),"
        " (SELECT COUNT(*) FROM registrations WHERE webinar_id = ? AND approval_state = 'pending')"_s,
        {webinarId, webinarId, webinarId});
    if (!query)
        return std::unexpected(query.error());
    PreflightFacts facts;
    if (query->next()) {
        facts.rehearsalHeld = query->value(0).toBool() || current == WebinarState::Rehearsal;
        facts.streamKeySet = query->value(1).toBool();
        facts.pendingRegistrations = query->value(2).toLongLong();
    }
    auto staff = m_database.exec(
        u"SELECT user_id FROM webinar_staff WHERE webinar_id = ? AND staff_role = 'moderator' ORDER BY user_id"_s,
        {webinarId});
    if (!staff)
        return std::unexpected(staff.error());
    while (staff->next())
        facts.moderators.append(staff->value(0).toLongLong());
    return facts;
}

} // namespace regiekamer::server
