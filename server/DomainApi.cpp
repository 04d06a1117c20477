#include "DomainApi.h"

#include "ApiError.h"
#include "Database.h"
#include "HttpJson.h"
#include "JsonRead.h"

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

QString csvField(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u'"') || text.contains(u',') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

} // namespace domainHttp

DomainApi::DomainApi(DomainServices services, Authenticator authenticate, Publisher publish, SessionCloser closeSession)
    : m_services(services)
    , m_authenticate(std::move(authenticate))
    , m_publish(std::move(publish))
    , m_closeSession(std::move(closeSession))
{
}

void DomainApi::add(QHttpServer &http, QObject *context, const char *pathTemplate, Method method, Handler handler)
{
    static const QRegularExpression placeholder(u"\\{[a-zA-Z]+\\}"_s);
    const QString rule = QString::fromLatin1(pathTemplate).replace(placeholder, u"<arg>"_s);
    const qsizetype count = QString::fromLatin1(pathTemplate).count(u'{');
    if (count == 0) {
        http.route(rule, method, context,
                   [this, handler](const QHttpServerRequest &request) { return dispatch(handler, {}, request); });
    } else if (count == 1) {
        http.route(rule, method, context, [this, handler](const QString &id, const QHttpServerRequest &request) {
            return dispatch(handler, {id}, request);
        });
    } else {
        http.route(rule, method, context,
                   [this, handler](const QString &id, const QString &second, const QHttpServerRequest &request) {
                       return dispatch(handler, {id, second}, request);
                   });
    }
}

QHttpServerResponse DomainApi::dispatch(Handler handler, const QList<QString> &ids, const QHttpServerRequest &request)
{
    if (request.body().size() > http::maximumBodyBytes)
        return http::error(StatusCode::PayloadTooLarge, api::errc::payloadTooLarge,
                           u"The request body is larger than 64 KiB."_s);
    auto caller = m_authenticate(request);
    if (!caller)
        return http::fromError(caller.error());
    QList<qint64> numbers;
    static const QRegularExpression positive(u"^[1-9][0-9]{0,15}$"_s);
    for (const QString &id : ids) {
        if (!positive.match(id).hasMatch())
            return http::fromError(notFound());
        numbers.append(id.toLongLong());
    }
    return (this->*handler)(*caller, numbers, request);
}

void DomainApi::addRoutes(QHttpServer &http, QObject *context)
{
    using namespace api::path;
    add(http, context, organisations, Method::Get, &DomainApi::listOrganisations);
    add(http, context, organisations, Method::Post, &DomainApi::createOrganisation);
    add(http, context, organisation, Method::Get, &DomainApi::getOrganisation);
    add(http, context, organisation, Method::Patch, &DomainApi::patchOrganisation);
    add(http, context, organisation, Method::Delete, &DomainApi::deleteOrganisation);
    add(http, context, users, Method::Get, &DomainApi::listUsers);
    add(http, context, users, Method::Post, &DomainApi::createUser);
    add(http, context, user, Method::Get, &DomainApi::getUser);
    add(http, context, user, Method::Patch, &DomainApi::patchUser);
    add(http, context, webinars, Method::Post, &DomainApi::createWebinar);
    add(http, context, webinar, Method::Get, &DomainApi::getWebinar);
    add(http, context, webinar, Method::Patch, &DomainApi::patchWebinar);
    add(http, context, webinar, Method::Delete, &DomainApi::deleteWebinar);
    add(http, context, webinarState, Method::Post, &DomainApi::changeState);
    add(http, context, webinarStaff, Method::Put, &DomainApi::assignStaff);
    add(http, context, webinarStaff, Method::Delete, &DomainApi::removeStaff);
    add(http, context, webinarRegistrations, Method::Get, &DomainApi::listRegistrations);
    add(http, context, webinarRegistrations, Method::Post, &DomainApi::createRegistration);
    add(http, context, webinarRegistrationsExport, Method::Get, &DomainApi::exportRegistrations);
    add(http, context, registration, Method::Get, &DomainApi::getRegistration);
    add(http, context, registration, Method::Patch, &DomainApi::patchRegistration);
    add(http, context, registration, Method::Delete, &DomainApi::deleteRegistration);
    add(http, context, webinarQuestions, Method::Get, &DomainApi::listQuestions);
    add(http, context, webinarQuestions, Method::Post, &DomainApi::createQuestion);
    add(http, context, question, Method::Patch, &DomainApi::patchQuestion);
    add(http, context, api::path::myRegistrations, Method::Get, &DomainApi::myRegistrations);
    add(http, context, api::path::myQuestions, Method::Get, &DomainApi::myQuestions);
    add(http, context, myProfile, Method::Get, &DomainApi::getProfile);
    add(http, context, myProfile, Method::Patch, &DomainApi::patchProfile);
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

bool DomainApi::accessReason(const api::UserInfo &caller, rights::Resource resource, const QHttpServerRequest &request,
                             const QString &object) const
{
    const QString reason = QString::fromUtf8(request.headers().value("X-Access-Reason"_L1)).trimmed();
    if (rights::grantFor(caller.role, resource).fieldsWithReason.isEmpty() || reason.size() < 4 || reason.size() > 500)
        return false;
    qInfo("Personal data of %s read by user %lld with reason: %s", qUtf8Printable(object),
          static_cast<long long>(caller.id), qUtf8Printable(reason.simplified()));
    return true;
}

} // namespace regiekamer::server
