#pragma once

#include "http/controllers/Controller.h"
#include "i18n/Catalogue.h"
#include "protocol/SelfService.h"
#include "protocol/Webinar.h"
#include "web/Csrf.h"

#include <QHttpServerResponse>
#include <QStringList>

#include <optional>

namespace regiekamer::server {

class JoinLinks;
class PasswordCheckPool;
class RequestContext;
class SignUps;
class WebinarRepository;

namespace web {

class Html;
class WebRequest;

// Self-registration's pages (docs/accounts.md "Self-registration"): the form for a webinar open for registration
// (/register?webinar=ID), the page of the mailed link that confirms it and makes the account and the registration,
// and the page the personal join link opens. None needs a session, and none needs JavaScript.
class SignUpPages final : public Controller
{
public:
    struct Services
    {
        SignUps &signUps;
        JoinLinks &joinLinks;
        WebinarRepository &webinars;
        PasswordCheckPool &passwords;
    };

    explicit SignUpPages(Services services);
    void addRoutes(Router &router) override;

private:
    QHttpServerResponse formPage(RequestContext &context);
    QHttpServerResponse submit(RequestContext &context);
    QHttpServerResponse linkPage(RequestContext &context);
    QHttpServerResponse confirm(RequestContext &context);
    QHttpServerResponse joinPage(RequestContext &context);

    QHttpServerResponse signUpForm(WebRequest &web, const api::WebinarSummary &webinar,
                                   const api::SignUpRequest &values, const QStringList &errors);
    QHttpServerResponse confirmForm(WebRequest &web, const QString &token, const QStringList &errors);
    QHttpServerResponse confirmed(WebRequest &web, const api::SignUpResult &result);
    QHttpServerResponse notOpen(WebRequest &web);
    Result<std::optional<api::WebinarSummary>> openWebinar(RequestContext &context, qint64 id);
    static void webinarHeading(Html &content, const i18n::Catalogue &texts, const api::WebinarSummary &webinar);

    Services m_services;
    CsrfGuard m_csrf;
};

} // namespace web
} // namespace regiekamer::server
