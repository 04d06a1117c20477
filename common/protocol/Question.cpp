#include "protocol/Question.h"

#include "base/WireNames.h"
#include "protocol/JsonFields.h"
#include "protocol/Limits.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

constexpr WireTable<QuestionState, 6> questionStateNames {{
    {QuestionState::New, "new"},
    {QuestionState::Approved, "approved"},
    {QuestionState::Answered, "answered"},
    {QuestionState::Dismissed, "dismissed"},
    {QuestionState::Pinned, "pinned"},
    {QuestionState::Merged, "merged"},
}};

QJsonValue mergedToJson(const std::optional<MergedInto> &merged)
{
    if (!merged)
        return QJsonValue::Null;
    return QJsonObject {{"id"_L1, merged->id},
                        {"text"_L1, merged->text},
                        {"answer"_L1, fields::nullableText(merged->answer)},
                        {"answeredLive"_L1, merged->answeredLive}};
}

Result<std::optional<MergedInto>> mergedFromJson(const QJsonObject &object)
{
    if (!object.contains("mergedInto"_L1) || object.value("mergedInto"_L1).isNull())
        return std::optional<MergedInto> {};
    auto merged = json::requireObject(object, "mergedInto"_L1);
    if (!merged)
        return std::unexpected(merged.error());
    auto id = json::requireInteger(*merged, "id"_L1);
    auto text = json::requireString(*merged, "text"_L1);
    auto answer = fields::requireNullableString(*merged, "answer"_L1);
    auto live = json::requireBool(*merged, "answeredLive"_L1);
    if (const auto error = firstError(id, text, answer, live))
        return std::unexpected(*error);
    return std::optional<MergedInto> {MergedInto {*id, *text, *answer, *live}};
}

// The moderation members came with issue 17: absent in older records (the desktop's cache) they read as none.
Status readModeration(const QJsonObject &object, QuestionFields &fields)
{
    auto live = json::optionalMember(object, "answeredLive"_L1, &json::requireBool);
    auto by = object.contains("moderatedBy"_L1) ? fields::requireNullableString(object, "moderatedBy"_L1)
                                                : Result<std::optional<QString>> {};
    auto at = object.contains("moderatedAt"_L1) ? json::requireNullableDateTime(object, "moderatedAt"_L1)
                                                : Result<QDateTime> {};
    auto merged = mergedFromJson(object);
    if (const auto error = firstError(live, by, at, merged))
        return std::unexpected(*error);
    fields.answeredLive = live->value_or(false);
    fields.moderatedBy = *by;
    fields.moderatedAt = *at;
    fields.mergedInto = *merged;
    return {};
}

} // namespace

QString questionStateToWire(QuestionState state)
{
    return enumToWire(questionStateNames, state);
}

std::optional<QuestionState> questionStateFromWire(const QString &wire)
{
    return enumFromWire(questionStateNames, wire);
}

QJsonObject Question::toJson() const
{
    QJsonObject object {{"id"_L1, id},
                        {"webinarId"_L1, webinarId},
                        {"registrationId"_L1, registrationId},
                        {"version"_L1, version},
                        {"votes"_L1, votes}};
    if (askerName)
        object.insert("askerName"_L1, *askerName);
    if (question) {
        object.insert("text"_L1, question->text);
        object.insert("askedAt"_L1, json::toWire(question->askedAt));
        object.insert("state"_L1, questionStateToWire(question->state));
        object.insert("answer"_L1, fields::nullableText(question->answer));
        object.insert("answeredBy"_L1, fields::nullableText(question->answeredBy));
        object.insert("answeredLive"_L1, question->answeredLive);
        object.insert("moderatedBy"_L1, fields::nullableText(question->moderatedBy));
        object.insert("moderatedAt"_L1,
                      question->moderatedAt.isValid() ? QJsonValue(json::toWire(question->moderatedAt))
                                                      : QJsonValue(QJsonValue::Null));
        object.insert("mergedInto"_L1, mergedToJson(question->mergedInto));
    }
    return object;
}

Result<Question> Question::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto registration = json::requireInteger(object, "registrationId"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    auto asker = json::optionalMember(object, "askerName"_L1, &json::requireString);
    auto votes = json::optionalMember(object, "votes"_L1, &json::requireInteger);
    if (const auto error = firstError(id, webinar, registration, version, asker, votes))
        return std::unexpected(*error);
    Question result {*id, *webinar, *registration, *version, votes->value_or(0), *asker, std::nullopt};
    auto questionFields = fields::readClass<QuestionFields>(
        object, {"text"_L1, "askedAt"_L1, "state"_L1, "answer"_L1, "answeredBy"_L1}, [&]() -> Result<QuestionFields> {
            auto text = json::requireString(object, "text"_L1);
            auto at = json::requireDateTime(object, "askedAt"_L1);
            auto state = fields::requireEnum<QuestionState>(object, "state"_L1, &questionStateFromWire);
            auto answer = fields::requireNullableString(object, "answer"_L1);
            auto by = fields::requireNullableString(object, "answeredBy"_L1);
            if (const auto error = firstError(text, at, state, answer, by))
                return std::unexpected(*error);
            QuestionFields read {*text, *at, *state, *answer, *by, false, std::nullopt, {}, std::nullopt};
            if (auto moderation = readModeration(object, read); !moderation)
                return std::unexpected(moderation.error());
            return read;
        });
    if (!questionFields)
        return std::unexpected(questionFields.error());
    result.question = *questionFields;
    return result;
}

Question filtered(Question question, const QList<FieldClass> &readable)
{
    if (!fields::has(readable, FieldClass::Identity))
        question.askerName.reset();
    if (!fields::has(readable, FieldClass::Questions))
        question.question.reset();
    return question;
}

QJsonObject questionToJson(const Question &question, const QList<FieldClass> &readable)
{
    return filtered(question, readable).toJson();
}

QJsonObject QuestionUpdate::toJson() const
{
    QJsonObject object {{"version"_L1, version}};
    if (state)
        object.insert("state"_L1, questionStateToWire(*state));
    if (answer)
        object.insert("answer"_L1, *answer);
    if (answeredLive)
        object.insert("answeredLive"_L1, *answeredLive);
    return object;
}

Result<QuestionUpdate> QuestionUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"version"_L1, "state"_L1, "answer"_L1, "answeredLive"_L1}); !ok)
        return std::unexpected(ok.error());
    auto based = fields::requireVersion(object);
    auto state = json::optionalMember(object, "state"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return fields::requireEnum<QuestionState>(o, key, &questionStateFromWire);
    });
    auto answer = json::optionalMember(object, "answer"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return json::requireText(o, key, maximumQuestionLength);
    });
    auto live = json::optionalMember(object, "answeredLive"_L1, &json::requireBool);
    if (const auto error = firstError(based, state, answer, live))
        return std::unexpected(*error);
    if (*state == QuestionState::Merged)
        return fields::badValue(u"A question is merged with POST /api/v1/questions/{id}/merge."_s);
    return QuestionUpdate {*based, *state, *answer, *live};
}

QJsonObject QuestionCreate::toJson() const
{
    return {{"text"_L1, text}};
}

Result<QuestionCreate> QuestionCreate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"text"_L1}); !ok)
        return std::unexpected(ok.error());
    auto text = json::requireText(object, "text"_L1, maximumQuestionLength);
    if (!text)
        return std::unexpected(text.error());
    return QuestionCreate {text->trimmed()};
}

QJsonObject QuestionMerge::toJson() const
{
    return {{"into"_L1, into}};
}

Result<QuestionMerge> QuestionMerge::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"into"_L1}); !ok)
        return std::unexpected(ok.error());
    auto into = json::requireInteger(object, "into"_L1);
    if (!into)
        return std::unexpected(into.error());
    if (*into <= 0)
        return fields::badValue(u"Name the question to merge into."_s);
    return QuestionMerge {*into};
}

QJsonObject QuestionVote::toJson() const
{
    return {{"questionId"_L1, questionId}, {"votes"_L1, votes}, {"voted"_L1, voted}};
}

Result<QuestionVote> QuestionVote::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "questionId"_L1);
    auto votes = json::requireInteger(object, "votes"_L1);
    auto voted = json::requireBool(object, "voted"_L1);
    if (const auto error = firstError(id, votes, voted))
        return std::unexpected(*error);
    return QuestionVote {*id, *votes, *voted};
}

QJsonObject AudienceQuestion::toJson() const
{
    return {{"id"_L1, id},       {"text"_L1, text},           {"state"_L1, questionStateToWire(state)},
            {"votes"_L1, votes}, {"votedByMe"_L1, votedByMe}, {"mine"_L1, mine}};
}

Result<AudienceQuestion> AudienceQuestion::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto text = json::requireString(object, "text"_L1);
    auto state = fields::requireEnum<QuestionState>(object, "state"_L1, &questionStateFromWire);
    auto votes = json::requireInteger(object, "votes"_L1);
    auto voted = json::requireBool(object, "votedByMe"_L1);
    auto mine = json::requireBool(object, "mine"_L1);
    if (const auto error = firstError(id, text, state, votes, voted, mine))
        return std::unexpected(*error);
    return AudienceQuestion {*id, *text, *state, *votes, *voted, *mine};
}

} // namespace regiekamer::api
