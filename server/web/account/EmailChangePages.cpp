#include "web/account/EmailChangePages.h"

#include "accounts/EmailChanges.h"
#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/SignInController.h"
#include "protocol/AuditEntry.h"
#include "web/WebPage.h"
#include "web/WebPaths.h"
#include "web/account/AccountLinkPages.h"
#include "web/portal/PortalFrame.h"

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

EmailChangePages::EmailChangePages(Services services)
    : m_services(services)
{
}

void EmailChangePages::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = EmailChangePages;
    const RouteAudit audit {act::emailChange, u"account"_s, std::nullopt, {}};
    const auto page = [&router, &audit, this](const char *path, Method method,
                                              QHttpServerResponse (C::*handler)(RequestContext &)) {
        router.add(path, method, audit, this, handler, Access::WebPage, WhileLogBroken::Refused);
    };
    router.add(path::changeEmail, Method::Get, RouteAudit {act::read, u"page"_s, std::nullopt, {}}, this,
               &C::changePage, Access::WebPage);
    router.add(path::changeEmail, Method::Post,
               Route {audit, Access::WebPage, [this](RequestContext &context) { return requestChange(context); },
                      WhileLogBroken::Refused,
                      [this](const QHttpServerRequest &request) { return checkOwnPassword(request); }});
    page(path::emailLink, Method::Get, &C::confirmPage);
    page(path::emailLink, Method::Post, &C::confirm);
    page(path::emailReport, Method::Get, &C::reportPage);
    page(path::emailReport, Method::Post, &C::report);
}

QHttpServerResponse EmailChangePages::invalidLink(WebRequest &web)
{
    return linkNotValid(web, path::signIn,
                        web.texts().translate("regiekamer::server::web::EmailChange", "Go to the sign-in page"));
}

QFuture<std::any> EmailChangePages::checkOwnPassword(const QHttpServerRequest &request)
{
    return portal::checkPagePassword(m_services.signIn, m_services.authenticator, request);
}

QHttpServerResponse EmailChangePages::changePage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    return changeForm(web, {}, {}, StatusCode::Ok);
}

QHttpServerResponse EmailChangePages::changeForm(WebRequest &web, const QString &email, const QStringList &errors,
                                                 StatusCode status)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::EmailChange",
                                "Your address is %1. A link to confirm the new address is sent to it; the change "
                                "takes effect when you open that link. Your current address is told about it.")
                        .arg(web.context().caller().email));
    formStart(content, QString::fromLatin1(path::changeEmail), web.csrfToken());
    inputField(content,
               {"email",
                t.translate("regiekamer::server::web::EmailChange", "New e-mail address"),
                email,
                "email",
                "email",
                {},
                {}});
    inputField(content,
               {"password",
                t.translate("regiekamer::server::web::EmailChange", "Your password"),
                {},
                "password",
                "current-password",
                {},
                {}});
    content.markup("<div class=\"actions\"><button type=\"submit\">")
        .text(t.translate("regiekamer::server::web::EmailChange", "Send the confirmation link"))
        .markup("</button><a href=\"")
        .text(QString::fromLatin1(path::profile))
        .markup("\">")
        .text(t.translate("regiekamer::server::web::EmailChange", "Cancel"))
        .markup("</a></div></form>");
    PageFrame frame =
        portal::signedInFrame(t, t.translate("regiekamer::server::web::EmailChange", "Change my e-mail address"));
    frame.errors = errors;
    return web.page(frame, content, status);
}

QHttpServerResponse EmailChangePages::requestChange(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return web.forbidden();
    const qint64 id = context.caller().id;
    context.entry().subjectUserId = id;
    context.entry().reason = u"requested"_s;
    const QString email = form->value(u"email"_s).trimmed();
    auto confirmed = m_services.signIn.confirmation(context);
    if (!confirmed)
        return web.finish(http::fromError(confirmed.error()));
    if (*confirmed == SignInController::Confirmation::NotChecked)
        return changeForm(web, email,
                          {t.translate("regiekamer::server::web::EmailChange",
                                       "Too many wrong passwords, or the server is busy. Try again later.")},
                          StatusCode::TooManyRequests);
    if (*confirmed == SignInController::Confirmation::WrongPassword)
        return changeForm(web, email,
                          {t.translate("regiekamer::server::web::EmailChange", "The password is not correct.")},
                          StatusCode::Forbidden);
    if (auto requested = m_services.emailChanges.request(id, email); !requested) {
        const QString code = requested.error().code;
        const QString message = code == QLatin1StringView(api::errc::tooManyAttempts)
            ? t.translate("regiekamer::server::web::EmailChange",
                          "You asked for too many changes. Try again in an hour.")
            : t.translate("regiekamer::server::web::EmailChange",
                          "Type a valid e-mail address that differs from your current one.");
        if (code != QLatin1StringView(api::errc::tooManyAttempts) && code != QLatin1StringView(api::errc::badRequest))
            return web.finish(http::fromError(requested.error()));
        return changeForm(web, email, {message}, StatusCode::BadRequest);
    }
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::EmailChange",
                                "Check the new address: a link to confirm it was sent there, and works for 24 "
                                "hours. Until then your address stays as it is."));
    linkParagraph(content, path::profile, t.translate("regiekamer::server::web::EmailChange", "Back to my profile"));
    return web.page(portal::signedInFrame(t, t.translate("regiekamer::server::web::EmailChange", "Check your mail")),
                    content);
}

QHttpServerResponse EmailChangePages::confirmPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    context.entry().reason = u"link opened"_s;
    return confirmForm(web, linkTokenOf(context), {});
}

QHttpServerResponse EmailChangePages::confirmForm(WebRequest &web, const QString &token, const QStringList &errors)
{
    const i18n::Catalogue &t = web.texts();
    auto address = m_services.emailChanges.pendingAddress(token);
    if (!address)
        return web.finish(http::fromError(address.error()));
    if (!*address) {
        web.context().entry().reason = u"invalid link opened"_s;
        return invalidLink(web);
    }
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::EmailChange",
                                "Confirm %1 as the new e-mail address of your Regiekamer account.")
                        .arg(**address));
    formStart(content, QString::fromLatin1(path::emailLink), web.csrfToken());
    content.markup("<input type=\"hidden\" name=\"token\" value=\"").text(token).markup("\">");
    formEnd(content, t.translate("regiekamer::server::web::EmailChange", "Confirm the new address"));
    return web.page(
        {t.translate("regiekamer::server::web::EmailChange", "Confirm your new address"), {}, {}, {}, errors}, content,
        errors.isEmpty() ? StatusCode::Ok : StatusCode::Conflict);
}

QHttpServerResponse EmailChangePages::confirm(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return form.error().code == QLatin1StringView(api::errc::forbidden) ? web.forbidden() : invalidLink(web);
    const QString token = form->value(u"token"_s);
    context.entry().reason = u"confirmed"_s;
    auto confirmed = m_services.emailChanges.confirm(token);
    if (!confirmed) {
        const QString code = confirmed.error().code;
        if (code == QLatin1StringView(api::errc::invalidToken))
            return invalidLink(web);
        if (code == QLatin1StringView(api::errc::conflict))
            return confirmForm(web, token,
                               {t.translate("regiekamer::server::web::EmailChange",
                                            "Another account uses this address now, so it cannot become yours.")});
        return web.finish(http::fromError(confirmed.error()));
    }
    context.entry().objectId = *confirmed;
    context.entry().subjectUserId = *confirmed;
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::EmailChange",
                                "Your e-mail address is changed. Sign in with the new address from now on."));
    linkParagraph(content, path::signIn, t.translate("regiekamer::server::web::EmailChange", "Go to the sign-in page"));
    return web.page({t.translate("regiekamer::server::web::EmailChange", "Address changed"), {}, {}, {}, {}}, content);
}

QHttpServerResponse EmailChangePages::reportPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    const QString token = linkTokenOf(context);
    if (!m_services.emailChanges.reportLinkIsValid(token)) {
        context.entry().reason = u"invalid report link opened"_s;
        return invalidLink(web);
    }
    context.entry().reason = u"report link opened"_s;
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::EmailChange",
                                "If you did not ask to change your e-mail address, someone else knows your "
                                "password. Reporting it undoes the change, signs out every session and makes "
                                "the password stop working. A link to choose a new one is then sent to this "
                                "address."));
    formStart(content, QString::fromLatin1(path::emailReport), web.csrfToken());
    content.markup("<input type=\"hidden\" name=\"token\" value=\"").text(token).markup("\">");
    content.markup("<div class=\"actions\"><button type=\"submit\" class=\"danger\">")
        .text(t.translate("regiekamer::server::web::EmailChange", "This was not me: secure my account"))
        .markup("</button></div></form>");
    return web.page(
        {t.translate("regiekamer::server::web::EmailChange", "Report a change you did not ask for"), {}, {}, {}, {}},
        content);
}

QHttpServerResponse EmailChangePages::report(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return form.error().code == QLatin1StringView(api::errc::forbidden) ? web.forbidden() : invalidLink(web);
    context.entry().reason = u"reported by the old address"_s;
    auto reported = m_services.emailChanges.report(form->value(u"token"_s));
    if (!reported) {
        if (reported.error().code == QLatin1StringView(api::errc::invalidToken))
            return invalidLink(web);
        return web.finish(http::fromError(reported.error()));
    }
    context.entry().objectId = reported->userId;
    context.entry().subjectUserId = reported->userId;
    for (const QString &tokenHash : reported->endedSessions)
        context.endSession(tokenHash);
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::EmailChange",
                                "Your account is secured: the change is undone and every session is signed "
                                "out. Check this address for the link to choose a new password, and tell your "
                                "Regiekamer administrator."));
    return web.page({t.translate("regiekamer::server::web::EmailChange", "Account secured"), {}, {}, {}, {}}, content);
}

} // namespace regiekamer::server::web
