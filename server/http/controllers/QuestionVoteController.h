#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class QuestionRepository;
class RequestContext;

// The audience's upvotes (resource question_vote, docs/rights.md): a viewer approved for a webinar sees its
// approved, pinned and answered questions without their askers, votes for others' questions once, and withdraws.
class QuestionVoteController final : public Controller
{
public:
    QuestionVoteController(QuestionRepository &questions, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse audience(RequestContext &context);
    QHttpServerResponse vote(RequestContext &context);
    QHttpServerResponse withdraw(RequestContext &context);
    // The question's webinar, in the caller's scope on votes; "not_found" otherwise.
    Result<qint64> requireVoting(RequestContext &context, rights::Action action);

    QuestionRepository &m_questions;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
