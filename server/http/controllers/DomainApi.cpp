#include "http/controllers/DomainApi.h"

#include "base/ApiError.h"
#include "base/JsonRead.h"
#include "db/Database.h"
#include "http/HttpJson.h"
#include "protocol/ApiPaths.h"
#include "protocol/Rights.h"

#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace domainHttp {

Result<std::pair<qint64, qint64>> paging(const QUrlQuery &query)
{
    const auto number = [&](const QString &key, qint64 fallback, qint64 minimum, qint64 maximum) -> Result<qint64> {
        if (!query.hasQueryItem(key))
            return fallback;
        bool ok = false;
        const QString text = query.queryItemValue(key);
        const qint64 value = text.toLongLong(&ok);
        const bool digitsOnly =
            !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!ok || !digitsOnly || value < minimum || value > maximum)
            return fail(QString::fromLatin1(api::errc::badRequest),
                        u"\"%1\" must be a whole number from %2 to %3."_s.arg(key).arg(minimum).arg(maximum));
        return value;
    };
    auto offset = number(u"offset"_s, 0, 0, std::numeric_limits<int>::max());
    auto limit = number(u"limit"_s, api::defaultPageLimit, 1, api::maximumPageLimit);
    if (const auto error = firstError(offset, limit))
        return std::unexpected(*error);
    return std::pair {*offset, *limit};
}

template<typename T> Result<T> body(const QHttpServerRequest &request)
{
    auto object = json::parseObject(request.body());
    if (!object)
        return std::unexpected(object.error());
    return T::fromJson(*object);
}

template Result<api::OrganisationCreate> body(const QHttpServerRequest &);
template Result<api::OrganisationUpdate> body(const QHttpServerRequest &);
template Result<api::StaffAccountCreate> body(const QHttpServerRequest &);
template Result<api::StaffAccountUpdate> body(const QHttpServerRequest &);
template Result<api::ProfileUpdate> body(const QHttpServerRequest &);
template Result<api::WebinarCreate> body(const QHttpServerRequest &);
template Result<api::WebinarUpdate> body(const QHttpServerRequest &);
template Result<api::WebinarStateChange> body(const QHttpServerRequest &);
template Result<api::StaffAssignmentRequest> body(const QHttpServerRequest &);
template Result<api::RegistrationUpdate> body(const QHttpServerRequest &);
template Result<api::RegistrationCreate> body(const QHttpServerRequest &);
template Result<api::QuestionUpdate> body(const QHttpServerRequest &);
template Result<api::QuestionCreate> body(const QHttpServerRequest &);

QHttpServerResponse respond(const Result<QJsonObject> &result, QHttpServerResponse::StatusCode status)
{
    return result ? http::json(*result, status) : http::fromError(result.error());
}

QHttpServerResponse respondStatus(const Status &status)
{
    return status ? http::noContent() : http::fromError(status.error());
}

} // namespace domainHttp

void DomainApi::addRoutes(QHttpServer &http, QObject *context)
{
    using namespace api::path;
    namespace act = api::auditAction;
    using rights::FieldClass;
    using rights::Resource;
    const QList<FieldClass> allClasses = rights::allFieldClasses();
    const QList<FieldClass> registrationClasses {FieldClass::Identity, FieldClass::Contact, FieldClass::Profile,
                                                 FieldClass::Registration, FieldClass::Consent};
    const QList<FieldClass> profileClasses {FieldClass::Identity, FieldClass::Contact, FieldClass::Profile,
                                            FieldClass::Consent};
    add(http, context, organisations, Method::Get, &DomainApi::listOrganisations, {act::read, Resource::Organisation});
    add(http, context, organisations, Method::Post, &DomainApi::createOrganisation,
        {act::create, Resource::Organisation});
    add(http, context, organisation, Method::Get, &DomainApi::getOrganisation, {act::read, Resource::Organisation});
    add(http, context, organisation, Method::Patch, &DomainApi::patchOrganisation,
        {act::update, Resource::Organisation});
    add(http, context, organisation, Method::Delete, &DomainApi::deleteOrganisation,
        {act::remove, Resource::Organisation});
    add(http, context, users, Method::Get, &DomainApi::listUsers, {act::read, Resource::StaffAccount});
    add(http, context, users, Method::Post, &DomainApi::createUser, {act::accountChange, Resource::StaffAccount});
    add(http, context, user, Method::Get, &DomainApi::getUser, {act::read, Resource::StaffAccount});
    add(http, context, user, Method::Patch, &DomainApi::patchUser, {act::accountChange, Resource::StaffAccount});
    add(http, context, webinars, Method::Post, &DomainApi::createWebinar, {act::create, Resource::Webinar});
    add(http, context, webinar, Method::Get, &DomainApi::getWebinar, {act::read, Resource::Webinar});
    add(http, context, webinar, Method::Patch, &DomainApi::patchWebinar, {act::update, Resource::Webinar});
    add(http, context, webinar, Method::Delete, &DomainApi::deleteWebinar,
        {act::remove, Resource::Webinar, allClasses});
    add(http, context, webinarState, Method::Post, &DomainApi::changeState, {act::changeState, Resource::Webinar});
    add(http, context, webinarStaff, Method::Put, &DomainApi::assignStaff, {act::assign, Resource::Webinar});
    add(http, context, webinarStaff, Method::Delete, &DomainApi::removeStaff, {act::unassign, Resource::Webinar});
    add(http, context, webinarStaffCandidates, Method::Get, &DomainApi::listStaffCandidates,
        {act::read, Resource::StaffAccount});
    add(http, context, webinarRegistrations, Method::Get, &DomainApi::listRegistrations,
        {act::read, Resource::Registration});
    add(http, context, webinarRegistrations, Method::Post, &DomainApi::createRegistration,
        {act::create, Resource::Registration, registrationClasses});
    add(http, context, webinarRegistrationsExport, Method::Get, &DomainApi::exportRegistrations,
        {act::exportRows, Resource::Registration});
    add(http, context, registration, Method::Get, &DomainApi::getRegistration, {act::read, Resource::Registration});
    add(http, context, registration, Method::Patch, &DomainApi::patchRegistration,
        {act::update, Resource::Registration, {FieldClass::Registration}});
    add(http, context, registration, Method::Delete, &DomainApi::deleteRegistration,
        {act::remove, Resource::Registration, allClasses});
    add(http, context, webinarQuestions, Method::Get, &DomainApi::listQuestions, {act::read, Resource::Question});
    add(http, context, webinarQuestions, Method::Post, &DomainApi::createQuestion,
        {act::create, Resource::Question, {FieldClass::Questions}});
    add(http, context, question, Method::Patch, &DomainApi::patchQuestion,
        {act::moderate, Resource::Question, {FieldClass::Questions}});
    add(http, context, api::path::myRegistrations, Method::Get, &DomainApi::myRegistrations,
        {act::read, Resource::Registration});
    add(http, context, api::path::myQuestions, Method::Get, &DomainApi::myQuestions, {act::read, Resource::Question});
    add(http, context, myProfile, Method::Get, &DomainApi::getProfile, {act::read, Resource::OwnProfile});
    add(http, context, myProfile, Method::Patch, &DomainApi::patchProfile,
        {act::update, Resource::OwnProfile, profileClasses});
    add(http, context, api::path::auditLog, Method::Get, &DomainApi::listAuditEntries,
        {act::read, Resource::AccessLog});
    add(http, context, api::path::auditStatus, Method::Get, &DomainApi::auditStatus, {act::read, Resource::AccessLog});
    add(http, context, api::path::auditExport, Method::Get, &DomainApi::exportAuditEntries,
        {act::exportRows, Resource::AccessLog});
}

Result<ObjectScope> DomainApi::webinarScope(qint64 webinarId)
{
    auto query = m_services.database.exec(u"SELECT organisation_id FROM webinars WHERE id = ?"_s, {webinarId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(notFound());
    return ObjectScope {webinarId, query->value(0).toLongLong(), 0};
}

Result<DomainApi::WebinarListAccess> DomainApi::webinarListAccess(const api::UserInfo &caller, qint64 webinarId,
                                                                  rights::Resource resource,
                                                                  const QHttpServerRequest &request)
{
    auto scope = webinarScope(webinarId);
    if (!scope)
        return std::unexpected(scope.error());
    auto owner = m_services.policy.requireWithinWebinar(caller, resource, rights::Action::Read, *scope);
    if (!owner)
        return std::unexpected(owner.error());
    auto paging = domainHttp::paging(QUrlQuery(request.url()));
    if (!paging)
        return std::unexpected(paging.error());
    const bool withReason = accessReason(caller, resource, request);
    return WebinarListAccess {*owner, paging->first, paging->second,
                              AccessPolicy::readable(caller, resource, withReason)};
}

bool DomainApi::accessReason(const api::UserInfo &caller, rights::Resource resource, const QHttpServerRequest &request)
{
    const QString reason = QString::fromUtf8(request.headers().value("X-Access-Reason"_L1)).simplified();
    if (rights::grantFor(caller.role, resource).fieldsWithReason.isEmpty() || reason.size() < 4 || reason.size() > 500)
        return false;
    m_entry.reason = reason;
    m_readWithReason = true;
    return true;
}

} // namespace regiekamer::server
