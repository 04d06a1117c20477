#include "http/Router.h"

#include "http/PathIds.h"
#include "http/RequestPipeline.h"
#include "http/Responses.h"
#include "http/SecondFactorRoutes.h"

#include <QPromise>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

Router::Router(QHttpServer &http, QObject *context, RequestPipeline &pipeline)
    : m_http(http)
    , m_context(context)
    , m_pipeline(pipeline)
{
}

void Router::add(const char *pathTemplate, QHttpServerRequest::Method method, const Route &given)
{
    const QString path = QString::fromLatin1(pathTemplate);
    Route route = given;
    if (route.secondFactor == SecondFactorRule::Session)
        route.secondFactor = http::secondFactorRuleOf(path, method);
    const QString rule = http::routeRule(path);
    RequestPipeline &pipeline = m_pipeline;
    if (route.prepare) {
        Q_ASSERT(!path.contains(u'{'));
        QObject *context = m_context;
        // QHttpServer keeps the request until the answer is sent: the continuation may refer to it.
        m_http.route(rule, method, m_context, [&pipeline, route, context](const QHttpServerRequest &request) {
            // QFuture::unwrap() copies results, and a response cannot be copied: the answer goes through a promise.
            auto answer = std::make_shared<QPromise<QHttpServerResponse>>();
            answer->start();
            route.prepare(request).then(context, [&pipeline, route, &request, context, answer](std::any prepared) {
                pipeline.run(route, {}, request, std::move(prepared))
                    .then(context, [answer](QFuture<QHttpServerResponse> done) {
                        answer->addResult(done.takeResult());
                        answer->finish();
                    });
            });
            return answer->future();
        });
        return;
    }
    switch (path.count(u'{')) {
    case 0:
        m_http.route(rule, method, m_context, [&pipeline, route](const QHttpServerRequest &request) {
            return pipeline.run(route, {}, request);
        });
        break;
    case 1:
        m_http.route(rule, method, m_context, [&pipeline, route](const QString &id, const QHttpServerRequest &request) {
            return pipeline.run(route, {id}, request);
        });
        break;
    default:
        m_http.route(rule, method, m_context,
                     [&pipeline, route](const QString &id, const QString &second, const QHttpServerRequest &request) {
                         return pipeline.run(route, {id, second}, request);
                     });
        break;
    }
}

void Router::addUnlogged(const char *path, QHttpServerRequest::Method method,
                         std::function<QHttpServerResponse(const QHttpServerRequest &)> handler)
{
    m_http.route(QString::fromLatin1(path), method, m_context,
                 [handler = std::move(handler)](const QHttpServerRequest &request) {
                     if (request.body().size() > http::maximumBodyBytes)
                         return http::payloadTooLarge();
                     return handler(request);
                 });
}

} // namespace regiekamer::server
