#pragma once

#include "http/Route.h"

#include <QHttpServer>

namespace regiekamer::server {

class RequestPipeline;

// Puts routes on the QHttpServer. Path templates use docs/openapi.json's placeholders ("/api/v1/webinars/{id}");
// every logged route runs through the RequestPipeline.
class Router
{
public:
    Router(QHttpServer &http, QObject *context, RequestPipeline &pipeline);

    void add(const char *pathTemplate, QHttpServerRequest::Method method, const Route &route);

    // A logged route served by a controller's member function.
    template<typename Controller>
    void add(const char *pathTemplate, QHttpServerRequest::Method method, RouteAudit audit, Controller *controller,
             QHttpServerResponse (Controller::*handler)(RequestContext &), Access access = Access::Session,
             WhileLogBroken whileLogBroken = WhileLogBroken::Refused)
    {
        add(pathTemplate, method,
            Route {std::move(audit),
                   access,
                   [controller, handler](RequestContext &context) { return (controller->*handler)(context); },
                   whileLogBroken,
                   {}});
    }

    // A route that reads no personal data and writes nothing, so the access log does not record it (health). Bodies
    // over the limit are refused all the same.
    void addUnlogged(const char *path, QHttpServerRequest::Method method,
                     std::function<QHttpServerResponse(const QHttpServerRequest &)> handler);

private:
    QHttpServer &m_http;
    QObject *m_context;
    RequestPipeline &m_pipeline;
};

} // namespace regiekamer::server
