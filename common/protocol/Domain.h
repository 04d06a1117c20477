#pragma once

#include "protocol/Protocol.h"
#include "protocol/Rights.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// The JSON shapes of the domain API (docs/api.md): organisations, webinars, registrations, questions, a viewer's
// profile, pages and change requests. Responses carry personal fields per field class (rights::FieldClass) as
// optional members: toJson writes only the members present, and registrationToJson/questionToJson additionally
// drop every class the caller may not read, so a forbidden class can never be serialised. Requests are read
// strictly: unknown members, wrong types, missing required members and out-of-range strings are errors.
namespace regiekamer::api {

// Limits of docs/api.md "Bodies".
inline constexpr qsizetype maximumStringLength = 500;
inline constexpr qsizetype maximumQuestionLength = 2000;
inline constexpr qint64 defaultPageLimit = 100;
inline constexpr qint64 maximumPageLimit = 500;

enum class ApprovalState { Pending, Approved, Rejected };
enum class QuestionState { New, Approved, Answered, Dismissed, Pinned };

QString approvalStateToWire(ApprovalState state);
std::optional<ApprovalState> approvalStateFromWire(const QString &wire);
QString questionStateToWire(QuestionState state);
std::optional<QuestionState> questionStateFromWire(const QString &wire);

struct Organisation
{
    qint64 id = 0;
    QString name;
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Organisation> fromJson(const QJsonObject &object);
};

struct StaffAssignment
{
    qint64 userId = 0;
    QString displayName;
    Role role = Role::Moderator; // director or moderator

    QJsonObject toJson() const;
    static Result<StaffAssignment> fromJson(const QJsonObject &object);
};

// WebinarSummary plus its staff; staff is present only for admin and director.
struct WebinarDetail
{
    WebinarSummary summary;
    std::optional<QList<StaffAssignment>> staff;

    QJsonObject toJson() const;
    static Result<WebinarDetail> fromJson(const QJsonObject &object);
};

struct Consent
{
    bool recording = false;
    bool marketing = false;
    QDateTime givenAt; // invalid: null (never given)

    QJsonObject toJson() const;
    static Result<Consent> fromJson(const QJsonObject &object);
};

// Field classes of a registration (rights::FieldClass), each present or absent as a whole.
struct ContactFields
{
    QString email;
    QString phone;
};
struct ProfileFields
{
    QString company;
    QString jobTitle;
};
struct RegistrationFields
{
    QDateTime registeredAt;
    ApprovalState approvalState = ApprovalState::Pending;
};
struct AttendanceFields
{
    QDateTime joinedAt; // invalid: null
    QDateTime leftAt; // invalid: null
    qint64 minutesWatched = 0;
    bool present = false;
};

struct Registration
{
    qint64 id = 0;
    qint64 webinarId = 0;
    qint64 version = 1;
    std::optional<QString> fullName; // identity
    std::optional<ContactFields> contact; // contact
    std::optional<ProfileFields> profile; // profile
    std::optional<RegistrationFields> registration; // registration
    std::optional<AttendanceFields> attendance; // attendance
    std::optional<Consent> consent; // consent

    QJsonObject toJson() const; // every present class
    static Result<Registration> fromJson(const QJsonObject &object);
};

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
QJsonObject registrationToJson(const Registration &registration, const QList<rights::FieldClass> &readable);
QJsonObject questionToJson(const Question &question, const QList<rights::FieldClass> &readable);
// Drops the classes outside `readable` from the value itself (for CSV and other non-JSON output).
Registration filtered(Registration registration, const QList<rights::FieldClass> &readable);
Question filtered(Question question, const QList<rights::FieldClass> &readable);

struct Profile
{
    QString fullName;
    QString email;
    QString phone;
    QString company;
    QString jobTitle;
    Consent consent;
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject &object);
};

// A paged list: { items, total, offset, limit }.
template<typename T> struct Page
{
    QList<T> items;
    qint64 total = 0;
    qint64 offset = 0;
    qint64 limit = defaultPageLimit;
};
QJsonObject pageToJson(const QList<QJsonObject> &items, qint64 total, qint64 offset, qint64 limit);
template<typename T> QJsonObject pageToJson(const Page<T> &page);
template<typename T> Result<Page<T>> pageFromJson(const QJsonObject &object);

// ---- Change requests (client -> server), strict. ----

struct OrganisationCreate
{
    QString name;
    QJsonObject toJson() const;
    static Result<OrganisationCreate> fromJson(const QJsonObject &object);
};

struct OrganisationUpdate
{
    QString name;
    qint64 version = 0;
    QJsonObject toJson() const;
    static Result<OrganisationUpdate> fromJson(const QJsonObject &object);
};

struct StaffAccountCreate
{
    QString email;
    QString displayName;
    Role role = Role::Moderator;
    qint64 organisationId = 0;
    QString password;
    QJsonObject toJson() const;
    static Result<StaffAccountCreate> fromJson(const QJsonObject &object);
};

struct StaffAccountUpdate
{
    qint64 version = 0;
    std::optional<QString> displayName;
    std::optional<Role> role;
    std::optional<qint64> organisationId;
    std::optional<bool> disabled;
    QJsonObject toJson() const;
    static Result<StaffAccountUpdate> fromJson(const QJsonObject &object);
};

struct WebinarCreate
{
    qint64 organisationId = 0;
    QString title;
    QString description;
    QDateTime startsAt;
    qint64 durationMinutes = 0;
    QJsonObject toJson() const;
    static Result<WebinarCreate> fromJson(const QJsonObject &object);
};

struct WebinarUpdate
{
    qint64 version = 0;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QDateTime> startsAt;
    std::optional<qint64> durationMinutes;
    QJsonObject toJson() const;
    static Result<WebinarUpdate> fromJson(const QJsonObject &object);
};

struct WebinarStateChange
{
    WebinarState state = WebinarState::Draft;
    qint64 version = 0;
    QJsonObject toJson() const;
    static Result<WebinarStateChange> fromJson(const QJsonObject &object);
};

struct StaffAssignmentRequest
{
    Role role = Role::Moderator; // director or moderator
    QJsonObject toJson() const;
    static Result<StaffAssignmentRequest> fromJson(const QJsonObject &object);
};

struct RegistrationUpdate
{
    ApprovalState approvalState = ApprovalState::Pending;
    qint64 version = 0;
    QJsonObject toJson() const;
    static Result<RegistrationUpdate> fromJson(const QJsonObject &object);
};

struct ConsentChoice
{
    bool recording = false;
    bool marketing = false;
    QJsonObject toJson() const;
    static Result<ConsentChoice> fromJson(const QJsonObject &object);
};

struct RegistrationCreate
{
    ConsentChoice consent;
    QJsonObject toJson() const;
    static Result<RegistrationCreate> fromJson(const QJsonObject &object);
};

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

struct ProfileUpdate
{
    qint64 version = 0;
    std::optional<QString> fullName;
    std::optional<QString> phone;
    std::optional<QString> company;
    std::optional<QString> jobTitle;
    std::optional<ConsentChoice> consent;
    QJsonObject toJson() const;
    static Result<ProfileUpdate> fromJson(const QJsonObject &object);
};

} // namespace regiekamer::api
