#pragma once

#include "base/Result.h"
#include "protocol/Rights.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// Questions of a webinar's audience: the question and its moderation, and the change requests.
namespace regiekamer::api {

// Merged: joined another question (QuestionFields::mergedInto); the stored state underneath comes back on an unmerge.
enum class QuestionState { New, Approved, Answered, Dismissed, Pinned, Merged };
QString questionStateToWire(QuestionState state);
std::optional<QuestionState> questionStateFromWire(const QString &wire);

// The question a merged one joined, as its asker sees it: its text, and its answer once answered.
struct MergedInto
{
    qint64 id = 0;
    QString text;
    std::optional<QString> answer;
    bool answeredLive = false;
    bool operator==(const MergedInto &) const = default;
};

struct QuestionFields
{
    QString text;
    QDateTime askedAt;
    QuestionState state = QuestionState::New;
    std::optional<QString> answer; // nullopt: null
    std::optional<QString> answeredBy; // nullopt: null
    bool answeredLive = false; // answered aloud in the webinar, with or without a written answer
    // Who changed the question last and when (moderation: approve, pin, answer, merge...): a staff display name,
    // served only to staff who may read questions; absent (null) before any moderation.
    std::optional<QString> moderatedBy;
    QDateTime moderatedAt; // invalid: null
    std::optional<MergedInto> mergedInto; // the question this one was merged into (state Merged)
};

struct Question
{
    qint64 id = 0;
    qint64 webinarId = 0;
    qint64 registrationId = 0;
    qint64 version = 1;
    qint64 votes = 0; // distinct voters of this question and of those merged into it; not personal data
    std::optional<QString> askerName; // identity
    std::optional<QuestionFields> question; // questions

    QJsonObject toJson() const;
    static Result<Question> fromJson(const QJsonObject &object);
};

// Serialisation that can never emit a class outside `readable` (the caller's rights::readableFields).
QJsonObject questionToJson(const Question &question, const QList<rights::FieldClass> &readable);
// Drops the classes outside `readable` from the value itself.
Question filtered(Question question, const QList<rights::FieldClass> &readable);

struct QuestionUpdate
{
    qint64 version = 0;
    std::optional<QuestionState> state;
    std::optional<QString> answer;
    std::optional<bool> answeredLive; // true: answered live (state answered unless a state is given)
    QJsonObject toJson() const;
    static Result<QuestionUpdate> fromJson(const QJsonObject &object);
};

struct QuestionCreate
{
    QString text;
    QJsonObject toJson() const;
    static Result<QuestionCreate> fromJson(const QJsonObject &object);
};

// POST /api/v1/questions/{id}/merge: this question joins `into` (of the same webinar).
struct QuestionMerge
{
    qint64 into = 0;
    QJsonObject toJson() const;
    static Result<QuestionMerge> fromJson(const QJsonObject &object);
};

// The answer to a vote or its withdrawal: the question's count and whether the caller's vote stands.
struct QuestionVote
{
    qint64 questionId = 0;
    qint64 votes = 0;
    bool voted = false;
    QJsonObject toJson() const;
    static Result<QuestionVote> fromJson(const QJsonObject &object);
};

// A question as the audience sees it (GET /api/v1/webinars/{id}/audience-questions): approved, pinned or answered
// questions of the webinar, without the asker; `mine` marks the caller's own (which they cannot vote for).
struct AudienceQuestion
{
    qint64 id = 0;
    QString text;
    QuestionState state = QuestionState::Approved;
    qint64 votes = 0;
    bool votedByMe = false;
    bool mine = false;
    QJsonObject toJson() const;
    static Result<AudienceQuestion> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
