#pragma once

#include "base/Result.h"
#include "protocol/Rights.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// Questions of a webinar's audience: the question and its moderation, and the change requests.
namespace regiekamer::api {

enum class QuestionState { New, Approved, Answered, Dismissed, Pinned };
QString questionStateToWire(QuestionState state);
std::optional<QuestionState> questionStateFromWire(const QString &wire);

struct QuestionFields
{
    QString text;
    QDateTime askedAt;
    QuestionState state = QuestionState::New;
    std::optional<QString> answer; // nullopt: null
    std::optional<QString> answeredBy; // nullopt: null
};

struct Question
{
    qint64 id = 0;
    qint64 webinarId = 0;
    qint64 registrationId = 0;
    qint64 version = 1;
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
    QJsonObject toJson() const;
    static Result<QuestionUpdate> fromJson(const QJsonObject &object);
};

struct QuestionCreate
{
    QString text;
    QJsonObject toJson() const;
    static Result<QuestionCreate> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
