#include "protocol/Question.h"

#include "base/WireNames.h"
#include "protocol/JsonFields.h"
#include "protocol/Limits.h"

namespace regiekamer::api {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

constexpr WireTable<QuestionState, 5> questionStateNames {{
    {QuestionState::New, "new"},
    {QuestionState::Approved, "approved"},
    {QuestionState::Answered, "answered"},
    {QuestionState::Dismissed, "dismissed"},
    {QuestionState::Pinned, "pinned"},
}};

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
    QJsonObject object {
        {"id"_L1, id}, {"webinarId"_L1, webinarId}, {"registrationId"_L1, registrationId}, {"version"_L1, version}};
    if (askerName)
        object.insert("askerName"_L1, *askerName);
    if (question) {
        object.insert("text"_L1, question->text);
        object.insert("askedAt"_L1, json::toWire(question->askedAt));
        object.insert("state"_L1, questionStateToWire(question->state));
        object.insert("answer"_L1, fields::nullableText(question->answer));
        object.insert("answeredBy"_L1, fields::nullableText(question->answeredBy));
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
    if (const auto error = firstError(id, webinar, registration, version, asker))
        return std::unexpected(*error);
    Question result {*id, *webinar, *registration, *version, *asker, std::nullopt};
    auto questionFields = fields::readClass<QuestionFields>(
        object, {"text"_L1, "askedAt"_L1, "state"_L1, "answer"_L1, "answeredBy"_L1}, [&]() -> Result<QuestionFields> {
            auto text = json::requireString(object, "text"_L1);
            auto at = json::requireDateTime(object, "askedAt"_L1);
            auto state = fields::requireEnum<QuestionState>(object, "state"_L1, &questionStateFromWire);
            auto answer = fields::requireNullableString(object, "answer"_L1);
            auto by = fields::requireNullableString(object, "answeredBy"_L1);
            if (const auto error = firstError(text, at, state, answer, by))
                return std::unexpected(*error);
            return QuestionFields {*text, *at, *state, *answer, *by};
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
    return object;
}

Result<QuestionUpdate> QuestionUpdate::fromJson(const QJsonObject &object)
{
    if (auto ok = json::onlyMembers(object, {"version"_L1, "state"_L1, "answer"_L1}); !ok)
        return std::unexpected(ok.error());
    auto based = fields::requireVersion(object);
    auto state = json::optionalMember(object, "state"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return fields::requireEnum<QuestionState>(o, key, &questionStateFromWire);
    });
    auto answer = json::optionalMember(object, "answer"_L1, [](const QJsonObject &o, QLatin1StringView key) {
        return json::requireText(o, key, maximumQuestionLength);
    });
    if (const auto error = firstError(based, state, answer))
        return std::unexpected(*error);
    return QuestionUpdate {*based, *state, *answer};
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

} // namespace regiekamer::api
