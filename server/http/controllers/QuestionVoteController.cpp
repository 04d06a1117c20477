#include "http/controllers/QuestionVoteController.h"
#include "http/ChangeEvents.h"

#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "protocol/EventTypes.h"
#include "storage/QuestionRepository.h"

#include <QJsonArray>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using Method = QHttpServerRequest::Method;

QuestionVoteController::QuestionVoteController(QuestionRepository &questions, ScopedAccess access)
    : m_questions(questions)
    , m_access(access)
{
}

void QuestionVoteController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    namespace path = api::path;
    using C = QuestionVoteController;
    const ResourceAudit vote {Resource::QuestionVote};
    router.add(path::webinarAudienceQuestions, Method::Get, vote(act::read), this, &C::audience);
    router.add(path::questionVote, Method::Post, vote(act::create), this, &C::vote);
    router.add(path::questionVote, Method::Delete, vote(act::remove), this, &C::withdraw);
}

QHttpServerResponse QuestionVoteController::audience(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_access.requireWithinWebinar(context, Resource::QuestionVote, Action::Read, *scope); !allowed)
        return http::fromError(allowed.error());
    auto list = m_questions.votes().audience(context.id(), context.caller().id);
    if (!list)
        return http::fromError(list.error());
    QJsonArray items;
    for (const api::AudienceQuestion &question : std::as_const(*list))
        items.append(question.toJson());
    context.reportRows(items.size());
    return http::json(QJsonObject {{u"items"_s, items}});
}

Result<qint64> QuestionVoteController::requireVoting(RequestContext &context, Action action)
{
    auto stored = m_questions.find(context.id());
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    const ObjectScope webinar {(*stored)->scope.webinarId, (*stored)->scope.organisationId, 0};
    auto allowed = m_access.requireWithinWebinar(context, Resource::QuestionVote, action, webinar);
    if (!allowed)
        return std::unexpected(allowed.error());
    return webinar.webinarId;
}

QHttpServerResponse QuestionVoteController::vote(RequestContext &context)
{
    auto webinar = requireVoting(context, Action::Create);
    if (!webinar)
        return http::fromError(webinar.error());
    auto voted = m_questions.votes().vote(context.id(), context.caller().id);
    if (!voted)
        return http::fromError(voted.error());
    publishRows(context, api::event::questionsChanged, *webinar, api::ChangeKind::Updated, {context.id()});
    return http::json(voted->toJson());
}

QHttpServerResponse QuestionVoteController::withdraw(RequestContext &context)
{
    auto webinar = requireVoting(context, Action::Delete);
    if (!webinar)
        return http::fromError(webinar.error());
    auto withdrawn = m_questions.votes().withdraw(context.id(), context.caller().id);
    if (!withdrawn)
        return http::fromError(withdrawn.error());
    publishRows(context, api::event::questionsChanged, *webinar, api::ChangeKind::Updated, {context.id()});
    return http::json(withdrawn->toJson());
}

} // namespace regiekamer::server
