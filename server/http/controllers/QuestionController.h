#pragma once

#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class QuestionRepository;
class RequestContext;
struct StoredQuestion;

// Questions: the queue of a webinar, moderating and answering, asking, and a viewer's own questions.
class QuestionController final : public Controller
{
public:
    QuestionController(QuestionRepository &questions, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse list(RequestContext &context);
    QHttpServerResponse create(RequestContext &context);
    QHttpServerResponse patch(RequestContext &context);
    QHttpServerResponse listOwn(RequestContext &context);
    QHttpServerResponse merge(RequestContext &context);
    QHttpServerResponse unmerge(RequestContext &context);
    QHttpServerResponse get(RequestContext &context);
    // The question in the path, in the caller's scope with the right to moderate it.
    Result<StoredQuestion> requireModerating(RequestContext &context);
    QHttpServerResponse moderated(RequestContext &context, const StoredQuestion &before, const Status &done,
                                  qint64 other);

    QuestionRepository &m_questions;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
