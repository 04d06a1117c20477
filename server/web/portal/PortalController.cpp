#include "web/portal/PortalController.h"

#include "auth/Authenticator.h"
#include "base/ApiError.h"
#include "http/Cookies.h"
#include "http/RequestAudit.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/SignInController.h"
#include "protocol/AuditEntry.h"
#include "web/WebPaths.h"
#include "web/WebResponses.h"
#include "web/portal/PortalFrame.h"

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;
using rights::FieldClass;

namespace {

// A portal page's entry in the access log: outside the rights matrix's resources, since a page shows only the
// caller's own data (the handler names the caller as the entry's subject and the fields shown).
RouteAudit pageAudit(const char *action, const char *objectType)
{
    return {action, QString::fromLatin1(objectType), std::nullopt, {}};
}

} // namespace

namespace portal {

PageFrame signedInFrame(const i18n::Catalogue &t, const QString &title)
{
    return PageFrame {
        title,
        {{QString::fromLatin1(path::portal), t.translate("regiekamer::server::web::Portal", "Overview")},
         {QString::fromLatin1(path::profile), t.translate("regiekamer::server::web::Portal", "My profile")},
         {QString::fromLatin1(path::access), t.translate("regiekamer::server::web::Portal", "Who accessed my data")},
         {QString::fromLatin1(path::deleteAccount), t.translate("regiekamer::server::web::Portal", "Delete account")}},
        QString::fromLatin1(path::signOut),
        {},
        {}};
}

void aboutOwnData(RequestContext &context, const QList<FieldClass> &fields, qint64 rows)
{
    context.entry().subjectUserId = context.caller().id;
    context.entry().fields = requestAudit::fieldNames(fields);
    context.entry().rowCount = rows;
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : QString();
}

} // namespace portal

PortalController::PortalController(Services services)
    : m_services(services)
{
}

void PortalController::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = PortalController;
    router.addUnlogged(path::stylesheet, Method::Get, [](const QHttpServerRequest &) { return stylesheet(); });
    const auto page = [&router, this](const char *path, Method method, RouteAudit audit,
                                      QHttpServerResponse (C::*handler)(RequestContext &)) {
        router.add(path, method, std::move(audit), this, handler, Access::WebPage);
    };
    router.add(path::signIn, Method::Post,
               Route {RouteAudit::session(act::login), Access::WebPage,
                      [this](RequestContext &context) { return signIn(context); }, WhileLogBroken::Served,
                      [this](const QHttpServerRequest &request) { return checkSignInPassword(request); }});
    router.add(path::deleteAccount, Method::Post,
               Route {pageAudit(act::remove, "account"), Access::WebPage,
                      [this](RequestContext &context) { return deleteAccount(context); }, WhileLogBroken::Refused,
                      [this](const QHttpServerRequest &request) { return checkOwnPassword(request); }});
    router.add(path::signIn, Method::Get, pageAudit(act::read, "page"), this, &C::signInPage, Access::WebPage,
               WhileLogBroken::Served);
    router.add(path::signOut, Method::Post, RouteAudit::session(act::logout), this, &C::signOut, Access::WebPage,
               WhileLogBroken::Served);
    page(path::portal, Method::Get, pageAudit(act::read, "own_data"), &C::overview);
    page(path::profile, Method::Get, pageAudit(act::read, "own_profile"), &C::profilePage);
    page(path::profile, Method::Post, pageAudit(act::update, "own_profile"), &C::saveProfile);
    page(path::access, Method::Get, pageAudit(act::read, "access_log"), &C::accessPage);
    page(path::exportData, Method::Get, pageAudit(act::exportRows, "own_data"), &C::exportData);
    page(path::deleteAccount, Method::Get, pageAudit(act::read, "page"), &C::deletePage);
}

QFuture<std::any> PortalController::checkSignInPassword(const QHttpServerRequest &request)
{
    auto form = FormBody::parse(request);
    api::LoginRequest login;
    const QString expected = m_csrf.tokenForPreSession(http::cookie(request, CsrfGuard::preSessionCookieName));
    if (form && CsrfGuard::matches(expected, form->value(QString::fromLatin1(CsrfGuard::fieldName))))
        login = {form->value(u"email"_s), form->value(u"password"_s), std::nullopt};
    return m_services.signIn.checkPassword(std::move(login), request.remoteAddress());
}

QHttpServerResponse PortalController::signInPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (web.signedIn())
        return web.finish(redirect(QString::fromLatin1(path::portal)));
    return signInForm(web, {}, {}, StatusCode::Ok);
}

QHttpServerResponse PortalController::signInForm(WebRequest &web, const QString &email, const QStringList &errors,
                                                 StatusCode status)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    formStart(content, QString::fromLatin1(path::signIn), web.csrfToken());
    inputField(content,
               {"email",
                t.translate("regiekamer::server::web::Portal", "E-mail address"),
                email,
                "email",
                "username",
                {},
                {}});
    inputField(content,
               {"password",
                t.translate("regiekamer::server::web::Portal", "Password"),
                {},
                "password",
                "current-password",
                {},
                {}});
    content.markup("<div class=\"actions\"><button type=\"submit\">")
        .text(t.translate("regiekamer::server::web::Portal", "Sign in"))
        .markup("</button></div></form><p><a href=\"")
        .text(QString::fromLatin1(path::forgotPassword))
        .markup("\">")
        .text(t.translate("regiekamer::server::web::Portal", "Forgot your password?"))
        .markup("</a></p>");
    return web.page({t.translate("regiekamer::server::web::Portal", "Sign in to your account"), {}, {}, {}, errors},
                    content, status);
}

QHttpServerResponse PortalController::signIn(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form && form.error().code == QLatin1StringView(api::errc::forbidden))
        return web.forbidden();
    if (!form)
        return signInForm(web, {}, {t.translate("regiekamer::server::web::Portal", "The form could not be read.")},
                          StatusCode::BadRequest);
    const QString email = form->value(u"email"_s);
    auto attempt = m_services.signIn.attempt(context, {email, form->value(u"password"_s), std::nullopt});
    // The portal has no second step: an account that signs in with a second factor (or must enrol one) uses the app.
    if (attempt.challenge || (attempt.grant && !attempt.grant->secondFactor.isEmpty())) {
        if (attempt.grant) {
            if (auto ended = m_services.signIn.revokeSession(attempt.grant->token); !ended)
                return web.finish(htmlDocument(QString(), http::statusFor(ended.error().code)));
        }
        return signInForm(web, email,
                          {t.translate("regiekamer::server::web::Portal",
                                       "This account signs in with a second factor. Sign in with the Regiekamer app.")},
                          StatusCode::Forbidden);
    }
    if (attempt.grant) {
        QHttpServerResponse response = web.finish(redirect(QString::fromLatin1(path::portal)));
        addCookie(response, sessionCookie(attempt.grant->token));
        return response;
    }
    QString message = t.translate("regiekamer::server::web::Portal", "The e-mail address or password is not correct.");
    const int minutes = static_cast<int>((attempt.retryAfterSeconds + 59) / 60);
    if (attempt.status == StatusCode::TooManyRequests)
        message = t.translate("regiekamer::server::web::Portal", "Too many failed attempts. Try again in %n minute(s).",
                              nullptr, minutes);
    else if (attempt.status == StatusCode::ServiceUnavailable)
        message = t.translate("regiekamer::server::web::Portal", "The server is busy. Try again in a moment.");
    else if (attempt.status == StatusCode::BadRequest)
        message = t.translate("regiekamer::server::web::Portal", "Fill in your e-mail address and password.");
    return signInForm(web, email, {message}, attempt.status);
}

QHttpServerResponse PortalController::signOut(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    if (auto form = web.postedForm(); !form)
        return web.forbidden();
    const QString token = QString::fromLatin1(http::cookie(context.request(), http::sessionCookieName));
    if (auto ended = m_services.signIn.endSession(context, token); !ended)
        return web.finish(htmlDocument(QString(), http::statusFor(ended.error().code)));
    QHttpServerResponse response = web.finish(redirect(QString::fromLatin1(path::signIn)));
    addCookie(response, clearedSessionCookie());
    return response;
}

} // namespace regiekamer::server::web
