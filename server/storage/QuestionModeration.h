#pragma once

#include "base/Result.h"
#include "protocol/Question.h"

namespace regiekamer::server {

class Database;

// Who changed a question and when: one row of question_moderation per action (the question's newest row is served
// as moderatedBy/moderatedAt). Inside the caller's transaction.
Status recordModeration(Database &database, qint64 questionId, qint64 staffUserId, const QString &action);

// The demo's (app/DemoSeeder) parts of issue 17 for a webinar's questions `ids` (oldest first): who moderated each
// (the director, two minutes after it came in), upvotes by about two in five approved attendees of the questions the
// audience sees, and the second newest question merged into the oldest (lists start with the newest).
Status seedQuestionModeration(Database &database, qint64 webinarId, const QList<qint64> &ids, qint64 directorId,
                              const QDateTime &now);

// Merging duplicates: a merged question keeps its row, state and asker and points at the question it joined, whose
// votes then count its voters too (each voter once). Undone by unmerge().
class QuestionMerges
{
public:
    explicit QuestionMerges(Database &database);

    // "conflict" when either question is merged already, `id` has questions merged into it, or both are the same;
    // "not_found" when `into` is not a question of the same webinar.
    Status merge(qint64 id, qint64 into, qint64 staffUserId);
    // "conflict" when the question is not merged.
    Status unmerge(qint64 id, qint64 staffUserId);

private:
    Database &m_database;
};

} // namespace regiekamer::server
