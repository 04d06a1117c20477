#pragma once

#include "base/Result.h"
#include "http/controllers/Controller.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Rights.h"

#include <QHttpServerResponse>

namespace regiekamer::server {

class RequestContext;
class StreamKeyRepository;

// The stream-key vault (/api/v1/webinars/{id}/stream-key…; docs/security.md "Stream keys"): what is known of the key,
// setting it, revealing it (a right of its own) and rotating it. Every request is in the access log with the
// webinar and its organisation; the key appears in the reveal's answer and nowhere else.
class StreamKeyController final : public Controller
{
public:
    StreamKeyController(StreamKeyRepository &keys, ScopedAccess access);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse get(RequestContext &context);
    QHttpServerResponse put(RequestContext &context);
    QHttpServerResponse reveal(RequestContext &context);
    QHttpServerResponse rotate(RequestContext &context);
    // The webinar's place when the caller may do `action` on its stream key.
    Result<ObjectScope> allowed(RequestContext &context, rights::Action action);
    QHttpServerResponse infoAnswer(qint64 webinarId);

    StreamKeyRepository &m_keys;
    ScopedAccess m_access;
};

} // namespace regiekamer::server
