#include "storage/QuestionVotes.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

// The states whose questions the audience sees and may vote for.
const QString audienceStates = u"('approved', 'pinned', 'answered')"_s;

Error refused(const QString &message)
{
    return Error {QString::fromLatin1(api::errc::forbidden), message};
}

// Each voter once, over the question and the questions merged into it (both through the primary key's index).
const QString countVotes = u"SELECT COUNT(DISTINCT v.registration_id) FROM question_votes v WHERE v.question_id IN"
                           " (SELECT ? UNION ALL SELECT c.id FROM questions c WHERE c.merged_into = ?)"_s;

} // namespace

struct QuestionVotes::Voter
{
    qint64 registrationId = 0;
};

QuestionVotes::QuestionVotes(Database &database, FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{
}

Result<qint64> QuestionVotes::count(qint64 questionId)
{
    auto row = m_database.firstRow(countVotes, {questionId, questionId});
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->at(0).toLongLong() : 0;
}

// The viewer's registration for the question's webinar, with the checks of vote() in the order of its answers.
Result<QuestionVotes::Voter> QuestionVotes::voter(qint64 questionId, qint64 viewerUserId)
{
    auto row = m_database.firstRow(u"SELECT r.id, r.approval_state, q.state, q.merged_into, q.registration_id"
                                   " FROM questions q JOIN registrations r ON r.webinar_id = q.webinar_id"
                                   " WHERE q.id = ? AND r.user_id = ?"_s,
                                   {questionId, viewerUserId});
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound());
    const QVariantList &values = **row;
    if (values.at(1).toString() != "approved"_L1)
        return std::unexpected(refused(u"Only attendees whose registration is approved can vote."_s));
    if (!audienceStates.contains(u"'"_s + values.at(2).toString() + u"'"_s))
        return std::unexpected(notFound());
    if (!values.at(3).isNull())
        return std::unexpected(
            conflict(u"The question was merged into question %1; vote for that one."_s.arg(values.at(3).toLongLong())));
    if (values.at(4).toLongLong() == values.at(0).toLongLong())
        return std::unexpected(refused(u"You cannot vote for your own question."_s));
    return Voter {values.at(0).toLongLong()};
}

Result<api::QuestionVote> QuestionVotes::vote(qint64 questionId, qint64 viewerUserId)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto who = voter(questionId, viewerUserId);
    if (!who)
        return std::unexpected(who.error());
    auto inserted = m_database.exec(u"INSERT OR IGNORE INTO question_votes (question_id, registration_id, voted_at)"
                                    " VALUES (?, ?, ?)"_s,
                                    {questionId, who->registrationId, toDatabaseTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (inserted->numRowsAffected() != 1)
        return std::unexpected(conflict(u"You have voted for this question already."_s));
    auto votes = count(questionId);
    if (!votes)
        return std::unexpected(votes.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return api::QuestionVote {questionId, *votes, true};
}

Result<api::QuestionVote> QuestionVotes::withdraw(qint64 questionId, qint64 viewerUserId)
{
    Transaction transaction(m_database);
    auto registration = m_database.firstRow(u"SELECT r.id FROM questions q JOIN registrations r"
                                            " ON r.webinar_id = q.webinar_id WHERE q.id = ? AND r.user_id = ?"_s,
                                            {questionId, viewerUserId});
    if (!registration)
        return std::unexpected(registration.error());
    if (!*registration)
        return std::unexpected(notFound());
    auto removed = m_database.run(u"DELETE FROM question_votes WHERE question_id = ? AND registration_id = ?"_s,
                                  {questionId, (*registration)->at(0)});
    auto votes = count(questionId);
    if (const auto error = firstError(removed, votes))
        return std::unexpected(*error);
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return api::QuestionVote {questionId, *votes, false};
}

Result<QList<api::AudienceQuestion>> QuestionVotes::audience(qint64 webinarId, qint64 viewerUserId)
{
    auto registration = m_database.firstRow(
        u"SELECT r.id, r.approval_state, w.organisation_id FROM registrations r JOIN webinars w ON w.id = r.webinar_id"
        " WHERE r.webinar_id = ? AND r.user_id = ?"_s,
        {webinarId, viewerUserId});
    if (!registration)
        return std::unexpected(registration.error());
    if (!*registration)
        return std::unexpected(notFound());
    if ((*registration)->at(1).toString() != "approved"_L1)
        return std::unexpected(refused(u"Only attendees whose registration is approved see the questions."_s));
    const qint64 own = (*registration)->at(0).toLongLong();
    auto key = m_cipher.organisationKey((*registration)->at(2).toLongLong());
    if (!key)
        return std::unexpected(key.error());
    auto rows = m_database.exec(
        u"SELECT q.id, q.text, q.state, COALESCE(q.registration_id, 0), (" +
            QString(countVotes).replace(u"?"_s, u"q.id"_s) +
            u"), EXISTS (SELECT 1 FROM question_votes m WHERE m.question_id = q.id AND m.registration_id = ?)"
            " FROM questions q WHERE q.webinar_id = ? AND q.merged_into IS NULL AND q.state IN " +
            audienceStates + u" ORDER BY 5 DESC, q.asked_at, q.id"_s,
        {own, webinarId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<api::AudienceQuestion> list;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        auto text = FieldCipher::open(*key, rows->value(1), "questions", "text", id);
        if (!text)
            return std::unexpected(text.error());
        list.append({id, *text,
                     api::questionStateFromWire(rows->value(2).toString()).value_or(api::QuestionState::Approved),
                     rows->value(4).toLongLong(), rows->value(5).toBool(), rows->value(3).toLongLong() == own});
    }
    rows->finish();
    return list;
}

} // namespace regiekamer::server
