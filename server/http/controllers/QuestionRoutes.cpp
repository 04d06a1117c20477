// Question routes of DomainApi: the queue of a webinar, moderation, asking, a viewer's own questions.
#include "http/controllers/DomainApi.h"
#include "protocol/EventTypes.h"

#include "base/ApiError.h"
#include "http/HttpJson.h"
#include "storage/QuestionRepository.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using StatusCode = QHttpServerResponse::StatusCode;

QHttpServerResponse DomainApi::listQuestions(const api::UserInfo &caller, const QList<qint64> &ids,
                                             const QHttpServerRequest &request)
{
    auto access = webinarListAccess(caller, ids.at(0), Resource::Question, request);
    if (!access)
        return http::fromError(access.error());
    const QUrlQuery url(request.url());
    std::optional<api::QuestionState> state;
    if (url.hasQueryItem(u"state"_s)) {
        state = api::questionStateFromWire(url.queryItemValue(u"state"_s));
        if (!state)
            return http::error(StatusCode::BadRequest, api::errc::badRequest, u"Unknown question state."_s);
    }
    auto page = m_services.questions.list(ids.at(0), state, access->offset, access->limit, access->ownerUserId);
    if (!page)
        return http::fromError(page.error());
    QList<QJsonObject> items;
    for (const api::Question &question : page->items)
        items.append(api::questionToJson(question, access->readable));
    return http::json(api::pageToJson(items, page->total, page->offset, page->limit));
}

QHttpServerResponse DomainApi::patchQuestion(const api::UserInfo &caller, const QList<qint64> &ids,
                                             const QHttpServerRequest &request)
{
    auto stored = m_services.questions.find(ids.at(0));
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_services.policy.require(caller, Resource::Question, Action::Moderate, (*stored)->scope);
        !allowed)
        return http::fromError(allowed.error());
    auto change = domainHttp::body<api::QuestionUpdate>(request);
    if (!change)
        return http::fromError(change.error());
    auto updated = m_services.questions.update(ids.at(0), *change, caller.id);
    if (!updated)
        return http::fromError(updated.error());
    m_publish(QString::fromLatin1(api::event::questionsChanged), updated->webinarId);
    return http::json(api::questionToJson(*updated, AccessPolicy::readable(caller, Resource::Question, false)));
}

QHttpServerResponse DomainApi::createQuestion(const api::UserInfo &caller, const QList<qint64> &ids,
                                              const QHttpServerRequest &request)
{
    auto scope = webinarScope(ids.at(0));
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_services.policy.requireWithinWebinar(caller, Resource::Question, Action::Create, *scope);
        !allowed)
        return http::fromError(allowed.error());
    auto asked = domainHttp::body<api::QuestionCreate>(request);
    if (!asked)
        return http::fromError(asked.error());
    auto created = domainHttp::readBack(
        m_services.questions.create(ids.at(0), caller.id, asked->text), m_services.questions, &StoredQuestion::question,
        AccessPolicy::readable(caller, Resource::Question, false), &api::questionToJson);
    if (created)
        m_publish(QString::fromLatin1(api::event::questionsChanged), ids.at(0));
    return domainHttp::respond(created, StatusCode::Created);
}

QHttpServerResponse DomainApi::myQuestions(const api::UserInfo &caller, const QList<qint64> &,
                                           const QHttpServerRequest &)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::OwnProfile, Action::Read); !allowed)
        return http::fromError(allowed.error());
    return domainHttp::itemsJson(m_services.questions.listOwn(caller.id),
                                 AccessPolicy::readable(caller, Resource::Question, false), &api::questionToJson);
}

} // namespace regiekamer::server
