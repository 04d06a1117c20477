#include "protocol/Domain.h"

#include "protocol/AuditEntry.h"

#include "base/JsonRead.h"
#include "base/WireNames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace regiekamer::api {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

constexpr WireTable<ApprovalState, 3> approvalNames {{
    {ApprovalState::Pending, "pending"},
    {ApprovalState::Approved, "approved"},
    {ApprovalState::Rejected, "rejected"},
}};

constexpr WireTable<QuestionState, 5> questionStateNames {{
    {QuestionState::New, "new"},
    {QuestionState::Approved, "approved"},
    {QuestionState::Answered, "answered"},
    {QuestionState::Dismissed, "dismissed"},
    {QuestionState::Pinned, "pinned"},
}};

template<typename Enum>
Result<Enum> requireEnum(const QJsonObject &object, QLatin1StringView key,
                         std::optional<Enum> (*fromWire)(const QString &))
{
    auto wire = json::requireString(object, key);
    if (!wire)
        return std::unexpected(wire.error());
    const auto value = fromWire(*wire);
    if (!value)
        return json::unknownValue(*wire);
    return *value;
}

QJsonValue nullableTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(json::toWire(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableText(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

Result<std::optional<QString>> requireNullableString(const QJsonObject &object, QLatin1StringView key)
{
    if (object.contains(key) && object.value(key).isNull())
        return std::optional<QString> {};
    auto text = json::requireString(object, key);
    if (!text)
        return std::unexpected(text.error());
    return std::optional<QString> {*text};
}

bool has(const QList<FieldClass> &readable, FieldClass field)
{
    return readable.contains(field);
}

} // namespace

QString approvalStateToWire(ApprovalState state)
{
    return enumToWire(approvalNames, state);
}

std::optional<ApprovalState> approvalStateFromWire(const QString &wire)
{
    return enumFromWire(approvalNames, wire);
}

QString questionStateToWire(QuestionState state)
{
    return enumToWire(questionStateNames, state);
}

std::optional<QuestionState> questionStateFromWire(const QString &wire)
{
    return enumFromWire(questionStateNames, wire);
}

QJsonObject Organisation::toJson() const
{
    return {{"id"_L1, id}, {"name"_L1, name}, {"version"_L1, version}};
}

Result<Organisation> Organisation::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto name = json::requireString(object, "name"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    if (const auto error = firstError(id, name, version))
        return std::unexpected(*error);
    return Organisation {*id, *name, *version};
}

QJsonObject StaffAssignment::toJson() const
{
    return {{"userId"_L1, userId}, {"displayName"_L1, displayName}, {"role"_L1, roleToWire(role)}};
}

Result<StaffAssignment> StaffAssignment::fromJson(const QJsonObject &object)
{
    auto user = json::requireInteger(object, "userId"_L1);
    auto name = json::requireString(object, "displayName"_L1);
    auto role = requireEnum<Role>(object, "role"_L1, &roleFromWire);
    if (const auto error = firstError(user, name, role))
        return std::unexpected(*error);
    return StaffAssignment {*user, *name, *role};
}

QJsonObject WebinarDetail::toJson() const
{
    QJsonObject object = summary.toJson();
    if (staff) {
        QJsonArray array;
        for (const StaffAssignment &each : *staff)
            array.append(each.toJson());
        object.insert("staff"_L1, array);
    }
    return object;
}

Result<WebinarDetail> WebinarDetail::fromJson(const QJsonObject &object)
{
    auto summary = WebinarSummary::fromJson(object);
    if (!summary)
        return std::unexpected(summary.error());
    WebinarDetail detail {*summary, std::nullopt};
    if (object.contains("staff"_L1)) {
        auto list = listFromJson<StaffAssignment>(QJsonObject {{"items"_L1, object.value("staff"_L1)}});
        if (!list)
            return std::unexpected(list.error());
        detail.staff = *list;
    }
    return detail;
}

QJsonObject Consent::toJson() const
{
    return {{"recording"_L1, recording}, {"marketing"_L1, marketing}, {"givenAt"_L1, nullableTime(givenAt)}};
}

Result<Consent> Consent::fromJson(const QJsonObject &object)
{
    auto recording = json::requireBool(object, "recording"_L1);
    auto marketing = json::requireBool(object, "marketing"_L1);
    auto given = json::requireNullableDateTime(object, "givenAt"_L1);
    if (const auto error = firstError(recording, marketing, given))
        return std::unexpected(*error);
    return Consent {*recording, *marketing, *given};
}

QJsonObject Registration::toJson() const
{
    QJsonObject object {{"id"_L1, id}, {"webinarId"_L1, webinarId}, {"version"_L1, version}};
    if (fullName)
        object.insert("fullName"_L1, *fullName);
    if (contact) {
        object.insert("email"_L1, contact->email);
        object.insert("phone"_L1, contact->phone);
    }
    if (profile) {
        object.insert("company"_L1, profile->company);
        object.insert("jobTitle"_L1, profile->jobTitle);
    }
    if (registration) {
        object.insert("registeredAt"_L1, json::toWire(registration->registeredAt));
        object.insert("approvalState"_L1, approvalStateToWire(registration->approvalState));
    }
    if (attendance) {
        object.insert("joinedAt"_L1, nullableTime(attendance->joinedAt));
        object.insert("leftAt"_L1, nullableTime(attendance->leftAt));
        object.insert("minutesWatched"_L1, attendance->minutesWatched);
        object.insert("present"_L1, attendance->present);
    }
    if (consent)
        object.insert("consent"_L1, consent->toJson());
    return object;
}

namespace {

// Reads the members of one field class: absent when none of them is there, an error when only some are.
template<typename Fields>
Result<std::optional<Fields>> readClass(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys,
                                        auto build)
{
    const auto present = std::count_if(keys.begin(), keys.end(), [&](auto key) { return object.contains(key); });
    if (present == 0)
        return std::optional<Fields> {};
    auto fields = build();
    if (!fields)
        return std::unexpected(fields.error());
    return std::optional<Fields> {*fields};
}

Status readRegistrationClasses(const QJsonObject &object, Registration &result)
{
    auto contact = readClass<ContactFields>(object, {"email"_L1, "phone"_L1}, [&]() -> Result<ContactFields> {
        auto email = json::requireString(object, "email"_L1);
        auto phone = json::requireString(object, "phone"_L1);
        if (const auto error = firstError(email, phone))
            return std::unexpected(*error);
        return ContactFields {*email, *phone};
    });
    auto profile = readClass<ProfileFields>(object, {"company"_L1, "jobTitle"_L1}, [&]() -> Result<ProfileFields> {
        auto company = json::requireString(object, "company"_L1);
        auto job = json::requireString(object, "jobTitle"_L1);
        if (const auto error = firstError(company, job))
            return std::unexpected(*error);
        return ProfileFields {*company, *job};
    });
    auto registration = readClass<RegistrationFields>(
        object, {"registeredAt"_L1, "approvalState"_L1}, [&]() -> Result<RegistrationFields> {
            auto at = json::requireDateTime(object, "registeredAt"_L1);
            auto state = requireEnum<ApprovalState>(object, "approvalState"_L1, &approvalStateFromWire);
            if (const auto error = firstError(at, state))
                return std::unexpected(*error);
            return RegistrationFields {*at, *state};
        });
    if (const auto error = firstError(contact, profile, registration))
        return std::unexpected(*error);
    result.contact = *contact;
    result.profile = *profile;
    result.registration = *registration;
    return {};
}

Status readAttendanceAndConsent(const QJsonObject &object, Registration &result)
{
    auto attendance = readClass<AttendanceFields>(
        object, {"joinedAt"_L1, "leftAt"_L1, "minutesWatched"_L1, "present"_L1}, [&]() -> Result<AttendanceFields> {
            auto joined = json::requireNullableDateTime(object, "joinedAt"_L1);
            auto left = json::requireNullableDateTime(object, "leftAt"_L1);
            auto minutes = json::requireInteger(object, "minutesWatched"_L1);
            auto present = json::requireBool(object, "present"_L1);
            if (const auto error = firstError(joined, left, minutes, present))
                return std::unexpected(*error);
            return AttendanceFields {*joined, *left, *minutes, *present};
        });
    if (!attendance)
        return std::unexpected(attendance.error());
    result.attendance = *attendance;
    if (object.contains("consent"_L1)) {
        auto consentObject = json::requireObject(object, "consent"_L1);
        auto consent = consentObject ? Consent::fromJson(*consentObject) : Result<Consent>();
        if (!consentObject || !consent)
            return std::unexpected(consentObject ? consent.error() : consentObject.error());
        result.consent = *consent;
    }
    return {};
}

} // namespace

Result<Registration> Registration::fromJson(const QJsonObject &object)
{
    auto id = json::requireInteger(object, "id"_L1);
    auto webinar = json::requireInteger(object, "webinarId"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    auto name = json::optionalMember(object, "fullName"_L1, &json::requireString);
    if (const auto error = firstError(id, webinar, version, name))
        return std::unexpected(*error);
    Registration result;
    result.id = *id;
    result.webinarId = *webinar;
    result.version = *version;
    result.fullName = *name;
    if (auto ok = readRegistrationClasses(object, result); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readAttendanceAndConsent(object, result); !ok)
        return std::unexpected(ok.error());
    return result;
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
        object.insert("answer"_L1, nullableText(question->answer));
        object.insert("answeredBy"_L1, nullableText(question->answeredBy));
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
    auto fields = readClass<QuestionFields>(
        object, {"text"_L1, "askedAt"_L1, "state"_L1, "answer"_L1, "answeredBy"_L1}, [&]() -> Result<QuestionFields> {
            auto text = json::requireString(object, "text"_L1);
            auto at = json::requireDateTime(object, "askedAt"_L1);
            auto state = requireEnum<QuestionState>(object, "state"_L1, &questionStateFromWire);
            auto answer = requireNullableString(object, "answer"_L1);
            auto by = requireNullableString(object, "answeredBy"_L1);
            if (const auto error = firstError(text, at, state, answer, by))
                return std::unexpected(*error);
            return QuestionFields {*text, *at, *state, *answer, *by};
        });
    if (!fields)
        return std::unexpected(fields.error());
    result.question = *fields;
    return result;
}

Registration filtered(Registration registration, const QList<FieldClass> &readable)
{
    if (!has(readable, FieldClass::Identity))
        registration.fullName.reset();
    if (!has(readable, FieldClass::Contact))
        registration.contact.reset();
    if (!has(readable, FieldClass::Profile))
        registration.profile.reset();
    if (!has(readable, FieldClass::Registration))
        registration.registration.reset();
    if (!has(readable, FieldClass::Attendance))
        registration.attendance.reset();
    if (!has(readable, FieldClass::Consent))
        registration.consent.reset();
    return registration;
}

Question filtered(Question question, const QList<FieldClass> &readable)
{
    if (!has(readable, FieldClass::Identity))
        question.askerName.reset();
    if (!has(readable, FieldClass::Questions))
        question.question.reset();
    return question;
}

QJsonObject registrationToJson(const Registration &registration, const QList<FieldClass> &readable)
{
    return filtered(registration, readable).toJson();
}

QJsonObject questionToJson(const Question &question, const QList<FieldClass> &readable)
{
    return filtered(question, readable).toJson();
}

QJsonObject Profile::toJson() const
{
    return {{"fullName"_L1, fullName}, {"email"_L1, email},       {"phone"_L1, phone},
            {"company"_L1, company},   {"jobTitle"_L1, jobTitle}, {"consent"_L1, consent.toJson()},
            {"version"_L1, version}};
}

Result<Profile> Profile::fromJson(const QJsonObject &object)
{
    auto name = json::requireString(object, "fullName"_L1);
    auto email = json::requireString(object, "email"_L1);
    auto phone = json::requireString(object, "phone"_L1);
    auto company = json::requireString(object, "company"_L1);
    auto job = json::requireString(object, "jobTitle"_L1);
    auto consentObject = json::requireObject(object, "consent"_L1);
    auto version = json::requireInteger(object, "version"_L1);
    if (const auto error = firstError(name, email, phone, company, job, consentObject, version))
        return std::unexpected(*error);
    auto consent = Consent::fromJson(*consentObject);
    if (!consent)
        return std::unexpected(consent.error());
    return Profile {*name, *email, *phone, *company, *job, *consent, *version};
}

QJsonObject pageToJson(const QList<QJsonObject> &items, qint64 total, qint64 offset, qint64 limit)
{
    QJsonArray array;
    for (const QJsonObject &item : items)
        array.append(item);
    return {{"items"_L1, array}, {"total"_L1, total}, {"offset"_L1, offset}, {"limit"_L1, limit}};
}

template<typename T> QJsonObject pageToJson(const Page<T> &page)
{
    QList<QJsonObject> items;
    for (const T &item : page.items)
        items.append(item.toJson());
    return pageToJson(items, page.total, page.offset, page.limit);
}

template<typename T> Result<Page<T>> pageFromJson(const QJsonObject &object)
{
    auto items = listFromJson<T>(object);
    auto total = json::requireInteger(object, "total"_L1);
    auto offset = json::requireInteger(object, "offset"_L1);
    auto limit = json::requireInteger(object, "limit"_L1);
    if (const auto error = firstError(items, total, offset, limit))
        return std::unexpected(*error);
    return Page<T> {*items, *total, *offset, *limit};
}

template QJsonObject pageToJson(const Page<Organisation> &);
template QJsonObject pageToJson(const Page<StaffAccount> &);
template QJsonObject pageToJson(const Page<Registration> &);
template QJsonObject pageToJson(const Page<Question> &);
template Result<Page<Organisation>> pageFromJson(const QJsonObject &);
template Result<Page<StaffAccount>> pageFromJson(const QJsonObject &);
template Result<Page<Registration>> pageFromJson(const QJsonObject &);
template Result<Page<Question>> pageFromJson(const QJsonObject &);

} // namespace regiekamer::api
