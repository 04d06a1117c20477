#pragma once

#include "http/controllers/Controller.h"
#include "web/Csrf.h"

#include <QFuture>
#include <QHttpServerResponse>
#include <QStringList>

#include <any>

namespace regiekamer::server {

class Authenticator;
class EmailChanges;
class RequestContext;
class SignInController;

namespace web {

class WebRequest;

// The pages of an e-mail change (docs/accounts.md "E-mail change"): the signed-in form on the portal (new address and
// the account's password), the page of the link sent to the new address, and the page of the link in the notice to
// the old address that reports a change its owner did not ask for. Opening a link (GET) only shows the page; its
// form's POST uses the link.
class EmailChangePages final : public Controller
{
public:
    struct Services
    {
        EmailChanges &emailChanges;
        SignInController &signIn;
        Authenticator &authenticator;
    };

    explicit EmailChangePages(Services services);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse changePage(RequestContext &context);
    QHttpServerResponse requestChange(RequestContext &context);
    QHttpServerResponse confirmPage(RequestContext &context);
    QHttpServerResponse confirm(RequestContext &context);
    QHttpServerResponse reportPage(RequestContext &context);
    QHttpServerResponse report(RequestContext &context);
    QFuture<std::any> checkOwnPassword(const QHttpServerRequest &request);

    QHttpServerResponse changeForm(WebRequest &web, const QString &email, const QStringList &errors,
                                   QHttpServerResponse::StatusCode status);
    QHttpServerResponse confirmForm(WebRequest &web, const QString &token, const QStringList &errors);
    QHttpServerResponse invalidLink(WebRequest &web);

    Services m_services;
    CsrfGuard m_csrf;
};

} // namespace web
} // namespace regiekamer::server
