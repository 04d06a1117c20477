#pragma once

#include "base/ApiError.h"
#include "base/Result.h"
#include "protocol/Lists.h"
#include "protocol/Question.h"
#include "storage/ObjectScope.h"
#include "storage/QuestionModeration.h"
#include "storage/QuestionVotes.h"

#include <optional>

namespace regiekamer::server {

class Database;
class FieldCipher;

// One question as written by insert(): text and answer in plain text (sealed on the way in).
struct NewQuestion
{
    qint64 webinarId = 0;
    qint64 registrationId = 0;
    QString text;
    api::QuestionState state = api::QuestionState::New;
    QDateTime askedAt;
    std::optional<QString> answer;
    qint64 answeredBy = 0;
    bool answeredLive = false;
};

struct StoredQuestion
{
    api::Question question; // every class; filter before sending
    ObjectScope scope; // ownerUserId: the asking viewer's account, if any
};

// Questions of a webinar, newest first. Changes check and increment the version in one statement. Text and answer
// are sealed under the organisation key of the webinar's organisation (docs/keys.md).
class QuestionRepository
{
public:
    QuestionRepository(Database &database, FieldCipher &cipher);

    // Inside the caller's transaction (the seeder's and create()'s path).
    Result<qint64> insert(const NewQuestion &question);

    // ownerUserId > 0: only the questions that user asked.
    Result<api::Page<api::Question>> list(qint64 webinarId, std::optional<api::QuestionState> state, qint64 offset,
                                          qint64 limit, qint64 ownerUserId = 0);
    Result<std::optional<StoredQuestion>> find(qint64 id);
    Result<QList<api::Question>> listOwn(qint64 userId);
    // "conflict" when version is stale. An answer records `staffUserId` as the one who answered.
    Result<api::Question> update(qint64 id, const api::QuestionUpdate &change, qint64 staffUserId);
    // "forbidden" when the viewer is not registered for the webinar.
    Result<qint64> create(qint64 webinarId, qint64 viewerUserId, const QString &text);

    // The audience's upvotes and the moderators' merges, on the same tables.
    QuestionVotes &votes() { return m_votes; }
    QuestionMerges &merges() { return m_merges; }

private:
    Result<QString> changeSets(qint64 id, const api::QuestionUpdate &change, qint64 staffUserId, QVariantList &values);
    Result<QList<StoredQuestion>> read(const QString &where, const QVariantList &values);

    Database &m_database;
    FieldCipher &m_cipher;
    QuestionVotes m_votes;
    QuestionMerges m_merges;
};

} // namespace regiekamer::server
