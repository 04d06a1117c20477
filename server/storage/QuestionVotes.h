#pragma once

#include "base/Result.h"
#include "protocol/Question.h"

namespace regiekamer::server {

class Database;
class FieldCipher;

// The audience's upvotes: one per approved registration and question, never for the voter's own question, only for
// questions the audience sees (approved, pinned, answered; a merged one's voters count for the question it joined).
// Who voted is stored per registration and served to no one; the count comes with the question.
class QuestionVotes
{
public:
    QuestionVotes(Database &database, FieldCipher &cipher);

    // viewerUserId's vote for the question, in the webinar it belongs to. "not_found" when the viewer has no
    // registration for it or the audience does not see the question, "forbidden" for a registration not approved or
    // one's own question, "conflict" when already voted or the question is merged into another.
    Result<api::QuestionVote> vote(qint64 questionId, qint64 viewerUserId);
    // Withdraws the vote; no vote to withdraw is no error.
    Result<api::QuestionVote> withdraw(qint64 questionId, qint64 viewerUserId);
    // The questions the audience of a webinar sees, most votes first. "forbidden" unless approved.
    Result<QList<api::AudienceQuestion>> audience(qint64 webinarId, qint64 viewerUserId);

private:
    struct Voter;
    Result<Voter> voter(qint64 questionId, qint64 viewerUserId);
    Result<qint64> count(qint64 questionId);

    Database &m_database;
    FieldCipher &m_cipher;
};

} // namespace regiekamer::server
