#include "storage/QuestionModeration.h"

#include "base/ApiError.h"
#include "db/Database.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Status recordModeration(Database &database, qint64 questionId, qint64 staffUserId, const QString &action)
{
    return database.run(
        u"INSERT INTO question_moderation (question_id, staff_user_id, action, at) VALUES (?, ?, ?, ?)"_s,
        {questionId, staffUserId > 0 ? QVariant(staffUserId) : QVariant(QMetaType::fromType<qint64>()), action,
         toDatabaseTime(QDateTime::currentDateTimeUtc())});
}

Status seedQuestionModeration(Database &database, qint64 webinarId, const QList<qint64> &ids, qint64 directorId,
                              const QDateTime &now)
{
    auto moderated = database.run(
        u"INSERT INTO question_moderation (question_id, staff_user_id, action, at) SELECT id, ?,"
        " CASE WHEN answered_live = 1 THEN 'answered_live' ELSE state END,"
        " strftime('%Y-%m-%dT%H:%M:%fZ', asked_at, '+2 minutes') FROM questions WHERE webinar_id = ? AND state <> 'new'"_s,
        {directorId, webinarId});
    auto voted = database.run(
        u"INSERT INTO question_votes (question_id, registration_id, voted_at) SELECT q.id, r.id, q.asked_at"
        " FROM questions q JOIN registrations r ON r.webinar_id = q.webinar_id WHERE q.webinar_id = ?"
        " AND q.state IN ('approved', 'pinned', 'answered') AND r.id <> q.registration_id"
        " AND r.approval_state = 'approved' AND (r.id * 7 + q.id * 13) % 5 < 2"_s,
        {webinarId});
    if (const auto error = firstError(moderated, voted))
        return std::unexpected(*error);
    if (ids.size() < 3)
        return {};
    const qint64 duplicate = ids.at(ids.size() - 2);
    auto merged = database.run(u"UPDATE questions SET merged_into = ? WHERE id = ?"_s, {ids.first(), duplicate});
    auto noted = database.run(u"INSERT INTO question_moderation (question_id, staff_user_id, action, at)"
                              " VALUES (?, ?, 'merged', ?)"_s,
                              {duplicate, directorId, toDatabaseTime(now)});
    if (const auto error = firstError(merged, noted))
        return std::unexpected(*error);
    return {};
}

QuestionMerges::QuestionMerges(Database &database)
    : m_database(database)
{
}

Status QuestionMerges::merge(qint64 id, qint64 into, qint64 staffUserId)
{
    if (id == into)
        return std::unexpected(conflict(u"A question cannot be merged into itself."_s));
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto pair = m_database.firstRow(
        u"SELECT b.merged_into, a.merged_into, (SELECT COUNT(*) FROM questions c WHERE c.merged_into = b.id)"
        " FROM questions b JOIN questions a ON a.webinar_id = b.webinar_id WHERE b.id = ? AND a.id = ?"_s,
        {id, into});
    if (!pair)
        return std::unexpected(pair.error());
    if (!*pair)
        return std::unexpected(notFound());
    if (!(*pair)->at(0).isNull() || !(*pair)->at(1).isNull())
        return std::unexpected(conflict(u"One of the questions is merged already; unmerge it first."_s));
    if ((*pair)->at(2).toLongLong() > 0)
        return std::unexpected(conflict(u"Other questions are merged into this one; unmerge them first."_s));
    auto merged =
        m_database.run(u"UPDATE questions SET merged_into = ?, version = version + 1 WHERE id = ?"_s, {into, id});
    if (!merged)
        return merged;
    if (auto noted = recordModeration(m_database, id, staffUserId, u"merged"_s); !noted)
        return noted;
    return transaction.commit();
}

Status QuestionMerges::unmerge(qint64 id, qint64 staffUserId)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto updated = m_database.exec(
        u"UPDATE questions SET merged_into = NULL, version = version + 1 WHERE id = ? AND merged_into IS NOT NULL"_s,
        {id});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The question is not merged."_s));
    if (auto noted = recordModeration(m_database, id, staffUserId, u"unmerged"_s); !noted)
        return noted;
    return transaction.commit();
}

} // namespace regiekamer::server
