#include "web/account/AccountLinkPages.h"

#include "accounts/Invitations.h"
#include "accounts/PasswordResets.h"
#include "base/ApiError.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/NewPassword.h"
#include "protocol/AuditEntry.h"
#include "web/WebPage.h"
#include "web/WebPaths.h"
#include "web/WebResponses.h"

#include <QUrlQuery>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

RouteAudit linkAudit(const char *action)
{
    return {action, u"account"_s, std::nullopt, {}};
}

const char *pathOf(bool invitation)
{
    return invitation ? path::invitation : path::reset;
}

} // namespace

AccountLinkPages::AccountLinkPages(Invitations &invitations, PasswordResets &resets, PasswordCheckPool &passwords)
    : m_invitations(invitations)
    , m_resets(resets)
    , m_passwords(passwords)
{
}

QFuture<std::any> hashFormPassword(PasswordCheckPool &pool, const QHttpServerRequest &request)
{
    auto form = FormBody::parse(request);
    QString password = form ? form->value(u"password"_s) : QString();
    if (form && password != form->value(u"repeat"_s))
        password.fill(u'\0');
    return newPassword::prepare(pool, form ? form->value(u"token"_s) : QString(), password);
}

void AccountLinkPages::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = AccountLinkPages;
    const auto page = [&router, this](const char *path, Method method, const char *action,
                                      QHttpServerResponse (C::*handler)(RequestContext &)) {
        router.add(path, method, linkAudit(action), this, handler, Access::WebPage, WhileLogBroken::Refused);
    };
    const auto passwordForm = [&router, this](const char *path, const char *action,
                                              QHttpServerResponse (C::*handler)(RequestContext &)) {
        router.add(
            path, Method::Post,
            Route {linkAudit(action), Access::WebPage,
                   [this, handler](RequestContext &context) { return (this->*handler)(context); },
                   WhileLogBroken::Refused,
                   [this](const QHttpServerRequest &request) { return hashFormPassword(m_passwords, request); }});
    };
    page(path::invitation, Method::Get, act::invite, &C::showInvitation);
    passwordForm(path::invitation, act::invite, &C::acceptInvitation);
    page(path::reset, Method::Get, act::passwordReset, &C::showReset);
    passwordForm(path::reset, act::passwordReset, &C::completeReset);
    page(path::forgotPassword, Method::Get, act::passwordReset, &C::forgotPage);
    page(path::forgotPassword, Method::Post, act::passwordReset, &C::forgot);
}

QHttpServerResponse AccountLinkPages::showLink(RequestContext &context, Link link)
{
    WebRequest web(context, m_csrf);
    const QString token = linkTokenOf(context);
    const bool valid = link == Link::Invitation ? m_invitations.linkIsValid(token) : m_resets.linkIsValid(token);
    context.entry().reason = valid ? u"link opened"_s : u"invalid link opened"_s;
    return valid ? passwordForm(web, link, token, {}) : invalidLink(web);
}

QHttpServerResponse AccountLinkPages::passwordForm(WebRequest &web, Link link, const QString &token,
                                                   const QStringList &errors)
{
    const i18n::Catalogue &t = web.texts();
    const bool invitation = link == Link::Invitation;
    Html content;
    content.element("p",
                    invitation ? t.translate("regiekamer::server::web::AccountLinks",
                                             "Choose the password of your new Regiekamer account. Nobody else "
                                             "ever sees it.")
                               : t.translate("regiekamer::server::web::AccountLinks",
                                             "Choose a new password. Every session of your account will be "
                                             "signed out."));
    formStart(content, QString::fromLatin1(pathOf(invitation)), web.csrfToken());
    content.markup("<input type=\"hidden\" name=\"token\" value=\"").text(token).markup("\">");
    const QString hint = t.translate("regiekamer::server::web::AccountLinks", "At least 12 characters.");
    inputField(content,
               {"password",
                t.translate("regiekamer::server::web::AccountLinks", "New password"),
                {},
                "password",
                "new-password",
                {},
                hint});
    inputField(content,
               {"repeat",
                t.translate("regiekamer::server::web::AccountLinks", "New password again"),
                {},
                "password",
                "new-password",
                {},
                {}});
    formEnd(content, t.translate("regiekamer::server::web::AccountLinks", "Save password"));
    const QString title = invitation ? t.translate("regiekamer::server::web::AccountLinks", "Open your account")
                                     : t.translate("regiekamer::server::web::AccountLinks", "Choose a new password");
    return web.page({title, {}, {}, {}, errors}, content, errors.isEmpty() ? StatusCode::Ok : StatusCode::BadRequest);
}

QString linkTokenOf(const RequestContext &context)
{
    return QUrlQuery(context.request().url()).queryItemValue(u"token"_s);
}

QHttpServerResponse linkNotValid(WebRequest &web, const char *retryPath, const QString &retryText)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::AccountLinks",
                                "This link does not work (any more): it expired, it was used already, or a newer "
                                "one was sent. Ask for a new one."));
    linkParagraph(content, retryPath, retryText);
    return web.page({t.translate("regiekamer::server::web::AccountLinks", "Link not valid"), {}, {}, {}, {}}, content,
                    StatusCode::BadRequest);
}

QHttpServerResponse AccountLinkPages::invalidLink(WebRequest &web)
{
    return linkNotValid(web, path::forgotPassword,
                        web.texts().translate("regiekamer::server::web::AccountLinks", "Ask for a new password link"));
}

QHttpServerResponse AccountLinkPages::completeLink(RequestContext &context, Link link)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return form.error().code == QLatin1StringView(api::errc::forbidden) ? web.forbidden() : invalidLink(web);
    const QString token = form->value(u"token"_s);
    QString password = form->value(u"password"_s);
    const bool differ = password != form->value(u"repeat"_s);
    password.fill(u'\0');
    if (differ)
        return passwordForm(web, link, token,
                            {t.translate("regiekamer::server::web::AccountLinks", "The two passwords differ.")});
    Status done = {};
    qint64 userId = 0;
    if (link == Link::Invitation) {
        auto accepted = m_invitations.accept(token, newPassword::take(context));
        done = accepted ? Status {} : Status(std::unexpected(accepted.error()));
        userId = accepted.value_or(0);
    } else {
        auto completed = m_resets.complete(token, newPassword::take(context));
        done = completed ? Status {} : Status(std::unexpected(completed.error()));
        if (completed) {
            userId = completed->userId;
            for (const QString &tokenHash : completed->endedSessions)
                context.endSession(tokenHash);
        }
    }
    if (!done && done.error().code == QLatin1StringView(api::errc::invalidToken))
        return invalidLink(web);
    if (!done && done.error().code == QLatin1StringView(api::errc::badRequest))
        return passwordForm(
            web, link, token,
            {t.translate("regiekamer::server::web::AccountLinks", "Choose a password of at least 12 characters.")});
    if (!done && done.error().code == QLatin1StringView(api::errc::serverBusy))
        return passwordForm(web, link, token,
                            {t.translate("regiekamer::server::web::AccountLinks",
                                         "The server is busy. Nothing was changed; send the form again in a moment.")});
    if (!done)
        return web.finish(http::fromError(done.error()));
    context.entry().objectId = userId;
    context.entry().subjectUserId = userId;
    context.entry().reason = link == Link::Invitation ? u"accepted"_s : u"new password"_s;
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::AccountLinks",
                                "Your password is saved. Sign in with it in the Regiekamer app or on the "
                                "portal."));
    linkParagraph(content, path::signIn, t.translate("regiekamer::server::web::AccountLinks", "Sign in on the portal"));
    return web.page({t.translate("regiekamer::server::web::AccountLinks", "Password saved"), {}, {}, {}, {}}, content);
}

QHttpServerResponse AccountLinkPages::forgotPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    return forgotForm(web, {}, {});
}

QHttpServerResponse AccountLinkPages::forgotForm(WebRequest &web, const QStringList &errors, const QString &notice)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::AccountLinks",
                                "Type the e-mail address of your account. If it has one, a link to choose a new "
                                "password is sent to it; the link works for 30 minutes."));
    formStart(content, QString::fromLatin1(path::forgotPassword), web.csrfToken());
    inputField(content,
               {"email",
                t.translate("regiekamer::server::web::AccountLinks", "E-mail address"),
                {},
                "email",
                "username",
                {},
                {}});
    formEnd(content, t.translate("regiekamer::server::web::AccountLinks", "Send the link"));
    return web.page(
        {t.translate("regiekamer::server::web::AccountLinks", "Forgot your password?"), {}, {}, notice, errors},
        content, errors.isEmpty() ? StatusCode::Ok : StatusCode::TooManyRequests);
}

// The same page whether or not the address has an account (PasswordResets::request does the rest after the answer).
QHttpServerResponse AccountLinkPages::forgot(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return form.error().code == QLatin1StringView(api::errc::forbidden) ? web.forbidden() : forgotForm(web, {}, {});
    context.entry().reason = u"requested"_s;
    if (!m_resets.request(form->value(u"email"_s), context.request().remoteAddress()))
        return forgotForm(web,
                          {t.translate("regiekamer::server::web::AccountLinks",
                                       "Too many links were asked for from your network. Try again in 15 minutes.")},
                          {});
    return forgotForm(web, {},
                      t.translate("regiekamer::server::web::AccountLinks",
                                  "If the address has an account, a link was sent to it. Check your mail."));
}

} // namespace regiekamer::server::web
