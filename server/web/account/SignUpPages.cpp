#include "web/account/SignUpPages.h"

#include "accounts/JoinLinks.h"
#include "accounts/SignUps.h"
#include "base/ApiError.h"
#include "http/ChangeEvents.h"
#include "http/RequestContext.h"
#include "http/Responses.h"
#include "http/Router.h"
#include "http/controllers/NewPassword.h"
#include "protocol/AuditEntry.h"
#include "protocol/EventTypes.h"
#include "storage/WebinarRepository.h"
#include "web/WebPage.h"
#include "web/WebPaths.h"
#include "web/account/AccountLinkPages.h"
#include "web/portal/PortalFrame.h"

#include <QUrlQuery>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

api::SignUpRequest requestFrom(const FormBody &form, qint64 webinarId, i18n::Language language)
{
    api::SignUpRequest request;
    request.webinarId = webinarId;
    request.fullName = form.value(u"fullName"_s).trimmed();
    request.email = form.value(u"email"_s).trimmed();
    request.company = form.value(u"company"_s).trimmed();
    request.jobTitle = form.value(u"jobTitle"_s).trimmed();
    request.phone = form.value(u"phone"_s).trimmed();
    request.consent = {form.has(u"consentRecording"_s), form.has(u"consentMarketing"_s)};
    request.language = i18n::languageCode(language);
    return request;
}

} // namespace

SignUpPages::SignUpPages(Services services)
    : m_services(services)
{
}

void SignUpPages::addRoutes(Router &router)
{
    namespace act = api::auditAction;
    using C = SignUpPages;
    const auto page = [&router, this](const char *path, Method method, const char *action, const char *object,
                                      QHttpServerResponse (C::*handler)(RequestContext &)) {
        router.add(path, method, RouteAudit {action, QString::fromLatin1(object), std::nullopt, {}}, this, handler,
                   Access::WebPage, WhileLogBroken::Refused);
    };
    page(path::signUp, Method::Get, act::read, "webinar", &C::formPage);
    page(path::signUp, Method::Post, act::signUp, "webinar", &C::submit);
    page(path::signUpLink, Method::Get, act::signUp, "registration", &C::linkPage);
    router.add(
        path::signUpLink, Method::Post,
        Route {RouteAudit {act::signUp, u"registration"_s, std::nullopt, {}}, Access::WebPage,
               [this](RequestContext &context) { return confirm(context); }, WhileLogBroken::Refused,
               [this](const QHttpServerRequest &request) { return hashFormPassword(m_services.passwords, request); }});
    page(path::join, Method::Get, act::join, "registration", &C::joinPage);
}

void SignUpPages::webinarHeading(Html &content, const i18n::Catalogue &t, const api::WebinarSummary &webinar)
{
    content.element("h2", webinar.title);
    content.element("p",
                    t.translate("regiekamer::server::web::SignUp", "%1, %2 minutes")
                        .arg(portal::when(webinar.startsAt))
                        .arg(webinar.durationMinutes));
    if (!webinar.description.isEmpty())
        content.element("p", webinar.description);
}

QHttpServerResponse SignUpPages::notOpen(WebRequest &web)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::SignUp",
                                "There is no webinar open for registration at this address. Check the "
                                "link you were given, or ask the organiser."));
    return web.page({t.translate("regiekamer::server::web::SignUp", "Registration not possible"), {}, {}, {}, {}},
                    content, StatusCode::NotFound);
}

// The webinar of a registration form when it is open for registration (nothing otherwise), noted in the entry.
Result<std::optional<api::WebinarSummary>> SignUpPages::openWebinar(RequestContext &context, qint64 id)
{
    context.entry().objectId = id;
    auto webinar = id > 0 ? m_services.webinars.find(id) : Result<std::optional<api::WebinarDetail>>(std::nullopt);
    if (!webinar)
        return std::unexpected(webinar.error());
    if (!*webinar || !isOpenForRegistration((*webinar)->summary.state))
        return std::optional<api::WebinarSummary> {};
    context.entry().webinarId = id;
    return std::optional<api::WebinarSummary> {(*webinar)->summary};
}

QHttpServerResponse SignUpPages::formPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const qint64 id = QUrlQuery(context.request().url()).queryItemValue(u"webinar"_s).toLongLong();
    auto webinar = openWebinar(context, id);
    if (!webinar)
        return web.finish(http::fromError(webinar.error()));
    if (!*webinar)
        return notOpen(web);
    return signUpForm(web, **webinar, {}, {});
}

QHttpServerResponse SignUpPages::signUpForm(WebRequest &web, const api::WebinarSummary &webinar,
                                            const api::SignUpRequest &values, const QStringList &errors)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    webinarHeading(content, t, webinar);
    content.element("p",
                    t.translate("regiekamer::server::web::SignUp",
                                "After you send this form, a link to confirm your registration is sent "
                                "to your e-mail address. Nothing is stored until you confirm."));
    formStart(content, QString::fromLatin1(path::signUp), web.csrfToken());
    content.markup("<input type=\"hidden\" name=\"webinar\" value=\"").number(webinar.id).markup("\">");
    inputField(content,
               {"fullName",
                t.translate("regiekamer::server::web::SignUp", "Full name"),
                values.fullName,
                "text",
                "name",
                {},
                {}});
    inputField(content,
               {"email",
                t.translate("regiekamer::server::web::SignUp", "E-mail address"),
                values.email,
                "email",
                "email",
                {},
                {}});
    inputField(content,
               {"company",
                t.translate("regiekamer::server::web::SignUp", "Company (optional)"),
                values.company,
                "text",
                "organization",
                {},
                {}});
    inputField(content,
               {"jobTitle",
                t.translate("regiekamer::server::web::SignUp", "Job title (optional)"),
                values.jobTitle,
                "text",
                "organization-title",
                {},
                {}});
    inputField(content,
               {"phone",
                t.translate("regiekamer::server::web::SignUp", "Phone (optional)"),
                values.phone,
                "tel",
                "tel",
                {},
                {}});
    checkbox(content, "consentRecording",
             t.translate("regiekamer::server::web::SignUp", "I agree to the webinar being recorded with me in it"),
             values.consent.recording);
    checkbox(content, "consentMarketing",
             t.translate("regiekamer::server::web::SignUp", "I want to receive news about coming webinars"),
             values.consent.marketing);
    formEnd(content, t.translate("regiekamer::server::web::SignUp", "Register"));
    return web.page({t.translate("regiekamer::server::web::SignUp", "Register for a webinar"), {}, {}, {}, errors},
                    content, errors.isEmpty() ? StatusCode::Ok : StatusCode::BadRequest);
}

// The same page whether or not the address has an account (SignUps::process does the rest after the answer).
QHttpServerResponse SignUpPages::submit(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return form.error().code == QLatin1StringView(api::errc::forbidden) ? web.forbidden() : notOpen(web);
    const qint64 id = form->value(u"webinar"_s).toLongLong();
    auto webinar = openWebinar(context, id);
    if (!webinar)
        return web.finish(http::fromError(webinar.error()));
    if (!*webinar)
        return notOpen(web);
    context.entry().reason = u"requested"_s;
    const api::SignUpRequest request = requestFrom(*form, id, web.language());
    if (request.fullName.isEmpty())
        return signUpForm(web, **webinar, request,
                          {t.translate("regiekamer::server::web::SignUp", "Type your full name.")});
    switch (m_services.signUps.request(request, context.request().remoteAddress())) {
    case SignUps::Answer::Queued:
        break;
    case SignUps::Answer::NotOpen:
        return notOpen(web);
    case SignUps::Answer::BadAddress:
        return signUpForm(
            web, **webinar, request,
            {t.translate("regiekamer::server::web::SignUp", "Type a valid e-mail address, such as name@example.com.")});
    case SignUps::Answer::TooMany:
        return signUpForm(web, **webinar, request,
                          {t.translate("regiekamer::server::web::SignUp",
                                       "Too many registrations were sent from your network. Try again in "
                                       "15 minutes.")});
    }
    Html content;
    webinarHeading(content, t, **webinar);
    content.element("p",
                    t.translate("regiekamer::server::web::SignUp",
                                "Check your mail: a link to confirm your registration was sent to %1. "
                                "The link works for 24 hours.")
                        .arg(request.email));
    return web.page({t.translate("regiekamer::server::web::SignUp", "Check your mail"), {}, {}, {}, {}}, content);
}

QHttpServerResponse SignUpPages::linkPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    context.entry().reason = u"link opened"_s;
    return confirmForm(web, linkTokenOf(context), {});
}

QHttpServerResponse SignUpPages::confirmForm(WebRequest &web, const QString &token, const QStringList &errors)
{
    const i18n::Catalogue &t = web.texts();
    auto preview = m_services.signUps.preview(token);
    if (!preview)
        return web.finish(http::fromError(preview.error()));
    if (!*preview) {
        web.context().entry().reason = u"invalid link opened"_s;
        return linkNotValid(web, path::signIn,
                            t.translate("regiekamer::server::web::SignUp", "Go to the sign-in page"));
    }
    web.context().entry().webinarId = (*preview)->webinar.id;
    Html content;
    webinarHeading(content, t, (*preview)->webinar);
    content.element(
        "p", t.translate("regiekamer::server::web::SignUp", "You are registering as %1.").arg((*preview)->fullName));
    formStart(content, QString::fromLatin1(path::signUpLink), web.csrfToken());
    content.markup("<input type=\"hidden\" name=\"token\" value=\"").text(token).markup("\">");
    if ((*preview)->needsPassword) {
        content.element("p",
                        t.translate("regiekamer::server::web::SignUp",
                                    "Choose a password for your account. With it you can see, change, "
                                    "download and delete your data on the portal."));
        inputField(content,
                   {"password",
                    t.translate("regiekamer::server::web::SignUp", "Password"),
                    {},
                    "password",
                    "new-password",
                    {},
                    t.translate("regiekamer::server::web::SignUp", "At least 12 characters.")});
        inputField(content,
                   {"repeat",
                    t.translate("regiekamer::server::web::SignUp", "Password again"),
                    {},
                    "password",
                    "new-password",
                    {},
                    {}});
    }
    formEnd(content, t.translate("regiekamer::server::web::SignUp", "Confirm my registration"));
    return web.page({t.translate("regiekamer::server::web::SignUp", "Confirm your registration"), {}, {}, {}, errors},
                    content, errors.isEmpty() ? StatusCode::Ok : StatusCode::BadRequest);
}

QHttpServerResponse SignUpPages::confirm(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form)
        return form.error().code == QLatin1StringView(api::errc::forbidden)
            ? web.forbidden()
            : linkNotValid(web, path::signIn, t.translate("regiekamer::server::web::SignUp", "Go to the sign-in page"));
    const QString token = form->value(u"token"_s);
    QString password = form->value(u"password"_s);
    const bool differ = password != form->value(u"repeat"_s);
    password.fill(u'\0');
    if (differ)
        return confirmForm(web, token, {t.translate("regiekamer::server::web::SignUp", "The two passwords differ.")});
    context.entry().reason = u"confirmed"_s;
    auto result = m_services.signUps.confirm(token, newPassword::take(context));
    if (!result) {
        const QString code = result.error().code;
        if (code == QLatin1StringView(api::errc::invalidToken))
            return linkNotValid(web, path::signIn,
                                t.translate("regiekamer::server::web::SignUp", "Go to the sign-in page"));
        if (code == QLatin1StringView(api::errc::serverBusy))
            return confirmForm(web, token,
                               {t.translate("regiekamer::server::web::SignUp",
                                            "The server is busy. Nothing was changed; send the form again in a "
                                            "moment.")});
        if (code == QLatin1StringView(api::errc::badRequest))
            return confirmForm(
                web, token,
                {t.translate("regiekamer::server::web::SignUp", "Choose a password of at least 12 characters.")});
        if (code == QLatin1StringView(api::errc::conflict))
            return confirmForm(web, token,
                               {t.translate("regiekamer::server::web::SignUp",
                                            "This registration cannot be completed: the webinar is no "
                                            "longer open, you are registered already, or the address "
                                            "belongs to a staff account.")});
        return web.finish(http::fromError(result.error()));
    }
    context.entry().objectId = result->registrationId;
    context.entry().webinarId = result->webinarId;
    context.entry().subjectUserId = result->userId;
    publishRows(context, api::event::registrationsChanged, result->webinarId, api::ChangeKind::Created,
                {result->registrationId});
    return confirmed(web, *result);
}

QHttpServerResponse SignUpPages::confirmed(WebRequest &web, const api::SignUpResult &result)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    if (result.approval == api::ApprovalState::Approved)
        content.element("p",
                        t.translate("regiekamer::server::web::SignUp",
                                    "You are registered. Your personal link to join the webinar was "
                                    "sent to you by mail."));
    else if (result.approval == api::ApprovalState::Waitlisted)
        content.element("p",
                        t.translate("regiekamer::server::web::SignUp",
                                    "You are registered, and the webinar is full: you are on its waiting list. "
                                    "You move up by yourself when a place frees; then your personal link to "
                                    "join the webinar is sent to you by mail."));
    else
        content.element("p",
                        t.translate("regiekamer::server::web::SignUp",
                                    "Your registration is received. The organiser approves each "
                                    "registration; once yours is approved, your personal link to join "
                                    "the webinar is sent to you by mail."));
    linkParagraph(content, path::signIn, t.translate("regiekamer::server::web::SignUp", "See your data on the portal"));
    return web.page({t.translate("regiekamer::server::web::SignUp", "Registration confirmed"), {}, {}, {}, {}},
                    content);
}

QHttpServerResponse SignUpPages::joinPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    const i18n::Catalogue &t = web.texts();
    auto entrance = m_services.joinLinks.open(linkTokenOf(context));
    if (!entrance)
        return web.finish(http::fromError(entrance.error()));
    if (!*entrance) {
        context.entry().reason = u"invalid link opened"_s;
        return linkNotValid(web, path::signIn,
                            t.translate("regiekamer::server::web::SignUp", "Go to the sign-in page"));
    }
    const JoinLinks::Entrance &found = **entrance;
    context.entry().objectId = found.registrationId;
    context.entry().webinarId = found.webinar.id;
    context.entry().organisationId = found.webinar.organisationId;
    context.entry().subjectUserId = found.userId;
    context.entry().reason = u"join link opened"_s;
    Html content;
    webinarHeading(content, t, found.webinar);
    const WebinarState state = found.webinar.state;
    if (found.approval != api::ApprovalState::Approved)
        content.element("p",
                        t.translate("regiekamer::server::web::SignUp",
                                    "Your registration is not approved (any more), so this entrance is "
                                    "closed. Ask the organiser if you think this is wrong."));
    else if (state == WebinarState::Live)
        content.element("p", t.translate("regiekamer::server::web::SignUp", "The webinar is live now."));
    else if (state == WebinarState::Ended || state == WebinarState::Archived)
        content.element("p", t.translate("regiekamer::server::web::SignUp", "The webinar has ended."));
    else
        content.element("p",
                        t.translate("regiekamer::server::web::SignUp",
                                    "The webinar has not started yet. Come back through this link at "
                                    "the time above."));
    content.element(
        "p",
        t.translate("regiekamer::server::web::SignUp", "This is your personal entrance: do not pass the link on."));
    return web.page({t.translate("regiekamer::server::web::SignUp", "Your entrance"), {}, {}, {}, {}}, content);
}

} // namespace regiekamer::server::web
