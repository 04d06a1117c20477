#include "http/controllers/QuestionController.h"
#include "http/ChangeEvents.h"

#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/RequestReading.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/Replies.h"
#include "protocol/ApiPaths.h"
#include "protocol/AuditChange.h"
#include "protocol/EventTypes.h"
#include "storage/QuestionRepository.h"

#include <QUrlQuery>

namespace regiekamer::server {

namespace {

// Who moderated a question is a staff member's name, for staff who read the queue: a viewer's own questions do not
// carry it.
void forCaller(const RequestContext &context, QList<api::Question> &questions)
{
    if (context.caller().role != Role::Viewer)
        return;
    for (api::Question &question : questions) {
        if (question.question) {
            question.question->moderatedBy.reset();
            question.question->moderatedAt = {};
        }
    }
}

} // namespace

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

QuestionController::QuestionController(QuestionRepository &questions, ScopedAccess access)
    : m_questions(questions)
    , m_access(access)
{
}

void QuestionController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    namespace path = api::path;
    using C = QuestionController;
    const ResourceAudit question {Resource::Question};
    router.add(path::webinarQuestions, Method::Get, question(act::read), this, &C::list);
    router.add(path::webinarQuestions, Method::Post, question(act::create, {FieldClass::Questions}), this, &C::create);
    router.add(path::question, Method::Patch, question(act::moderate, {FieldClass::Questions}), this, &C::patch);
    router.add(path::myQuestions, Method::Get, question(act::read), this, &C::listOwn);
    router.add(path::questionMerge, Method::Post, question(act::moderate), this, &C::merge);
    router.add(path::questionUnmerge, Method::Post, question(act::moderate), this, &C::unmerge);
    router.add(path::question, Method::Get, question(act::read), this, &C::get);
}

// One question as the caller may read it: what a client fetches when questions.changed names it.
QHttpServerResponse QuestionController::get(RequestContext &context)
{
    auto stored = m_questions.find(context.id());
    if (!stored || !*stored)
        return http::fromError(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Question, Action::Read, (*stored)->scope); !allowed)
        return http::fromError(allowed.error());
    QList<api::Question> one {(*stored)->question};
    forCaller(context, one);
    return http::json(
        api::questionToJson(one.constFirst(), ScopedAccess::readableWithReason(context, Resource::Question)));
}

QHttpServerResponse QuestionController::list(RequestContext &context)
{
    auto access = m_access.webinarList(context, Resource::Question);
    if (!access)
        return http::fromError(access.error());
    const QList<FieldClass> readable = ScopedAccess::readableWithReason(context, Resource::Question);
    const QUrlQuery url(context.request().url());
    std::optional<api::QuestionState> state;
    if (url.hasQueryItem(u"state"_s)) {
        state = api::questionStateFromWire(url.queryItemValue(u"state"_s));
        if (!state)
            return http::error(StatusCode::BadRequest, api::errc::badRequest, u"Unknown question state."_s);
    }
    auto page = m_questions.list(context.id(), state, access->offset, access->limit, access->ownerUserId);
    if (!page)
        return http::fromError(page.error());
    forCaller(context, page->items);
    return replies::page(context, *page, readable, &api::questionToJson);
}

QHttpServerResponse QuestionController::patch(RequestContext &context)
{
    auto stored = requireModerating(context);
    if (!stored)
        return http::fromError(stored.error());
    auto change = http::body<api::QuestionUpdate>(context.request());
    if (!change)
        return http::fromError(change.error());
    auto updated = m_questions.update(context.id(), *change, context.caller().id);
    if (!updated)
        return http::fromError(updated.error());
    if (const auto &before = stored->question.question; before && updated->question)
        context.recordChange(api::auditChangeField::questionState, api::questionStateToWire(before->state),
                             api::questionStateToWire(updated->question->state));
    publishRows(context, api::event::questionsChanged, updated->webinarId, api::ChangeKind::Updated, {updated->id});
    return http::json(api::questionToJson(*updated, ScopedAccess::readable(context, Resource::Question)));
}

QHttpServerResponse QuestionController::create(RequestContext &context)
{
    auto scope = m_access.webinarScope(context.id());
    if (!scope)
        return http::fromError(scope.error());
    if (auto allowed = m_access.requireWithinWebinar(context, Resource::Question, Action::Create, *scope); !allowed)
        return http::fromError(allowed.error());
    auto asked = http::body<api::QuestionCreate>(context.request());
    if (!asked)
        return http::fromError(asked.error());
    const auto id = m_questions.create(context.id(), context.caller().id, asked->text);
    auto created = replies::readBack(id, m_questions, &StoredQuestion::question,
                                     ScopedAccess::readable(context, Resource::Question), &api::questionToJson);
    if (created)
        publishRows(context, api::event::questionsChanged, context.id(), api::ChangeKind::Created, {*id});
    return http::respond(created, StatusCode::Created);
}

QHttpServerResponse QuestionController::listOwn(RequestContext &context)
{
    if (auto allowed = ScopedAccess::requireCollection(context, Resource::OwnProfile, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto own = m_questions.listOwn(context.caller().id);
    if (own)
        forCaller(context, *own);
    return replies::items(context, own, ScopedAccess::readable(context, Resource::Question), &api::questionToJson);
}

QHttpServerResponse QuestionController::merge(RequestContext &context)
{
    auto stored = requireModerating(context);
    if (!stored)
        return http::fromError(stored.error());
    auto body = http::body<api::QuestionMerge>(context.request());
    if (!body)
        return http::fromError(body.error());
    return moderated(context, *stored, m_questions.merges().merge(context.id(), body->into, context.caller().id),
                     body->into);
}

QHttpServerResponse QuestionController::unmerge(RequestContext &context)
{
    auto stored = requireModerating(context);
    if (!stored)
        return http::fromError(stored.error());
    const auto &fields = stored->question.question;
    const qint64 joined = fields && fields->mergedInto ? fields->mergedInto->id : 0;
    return moderated(context, *stored, m_questions.merges().unmerge(context.id(), context.caller().id), joined);
}

Result<StoredQuestion> QuestionController::requireModerating(RequestContext &context)
{
    auto stored = m_questions.find(context.id());
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto allowed = m_access.require(context, Resource::Question, Action::Moderate, (*stored)->scope); !allowed)
        return std::unexpected(allowed.error());
    return **stored;
}

// The answer to a merge or an unmerge: the question as it is now, its change of state in the access log, and the
// event for the webinar's queues (this question and the one it joined or left, whose votes change).
QHttpServerResponse QuestionController::moderated(RequestContext &context, const StoredQuestion &before,
                                                  const Status &done, qint64 other)
{
    if (!done)
        return http::fromError(done.error());
    auto after = m_questions.find(context.id());
    if (!after || !*after)
        return http::fromError(after ? notFound() : after.error());
    const api::Question &now = (*after)->question;
    if (before.question.question && now.question)
        context.recordChange(api::auditChangeField::questionState,
                             api::questionStateToWire(before.question.question->state),
                             api::questionStateToWire(now.question->state));
    QList<qint64> changed {now.id};
    if (other > 0)
        changed.append(other);
    publishRows(context, api::event::questionsChanged, now.webinarId, api::ChangeKind::Updated, changed);
    return http::json(api::questionToJson(now, ScopedAccess::readable(context, Resource::Question)));
}

} // namespace regiekamer::server
