#include "web/portal/PortalController.h"

#include "audit/AuditQuery.h"
#include "auth/Authenticator.h"
#include "base/ApiError.h"
#include "http/Cookies.h"
#include "http/HttpLogging.h"
#include "http/Responses.h"
#include "http/controllers/SignInController.h"
#include "storage/AccountErasure.h"
#include "storage/ProfileRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"
#include "web/WebPaths.h"
#include "web/WebResponses.h"
#include "web/portal/PortalFrame.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;
using rights::FieldClass;

namespace {

const QList<FieldClass> everyClass {FieldClass::Identity,     FieldClass::Contact,    FieldClass::Profile,
                                    FieldClass::Registration, FieldClass::Attendance, FieldClass::Questions,
                                    FieldClass::Consent};

// The access log entries about the account, as a viewer sees entries about their own data (AuditQuery's viewer
// scope), whatever the account's role: the page answers "who accessed my data", not "what may I read".
Result<QList<api::AuditEntry>> entriesAbout(AuditQuery &query, const api::UserInfo &caller, qint64 atMost)
{
    api::UserInfo subject = caller;
    subject.role = Role::Viewer;
    AuditFilter filter;
    filter.subjectUserId = caller.id;
    filter.limit = std::min<qint64>(atMost, 500);
    QList<api::AuditEntry> entries;
    do {
        auto page = query.page(subject, filter);
        if (!page)
            return std::unexpected(page.error());
        entries += page->items;
        filter.before = page->nextBefore;
    } while (filter.before > 0 && entries.size() < atMost);
    return entries;
}

} // namespace

QHttpServerResponse PortalController::accessPage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    const i18n::Catalogue &t = web.texts();
    auto entries = entriesAbout(m_services.auditQuery, context.caller(), 200);
    if (!entries)
        return web.finish(http::fromError(entries.error()));
    portal::aboutOwnData(context, {}, entries->size());
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::Portal",
                                "Every time someone reads or changes your data, the access log records it. "
                                "These are the latest 200 entries about you."));
    tableStart(content,
               {t.translate("regiekamer::server::web::Portal", "When"),
                t.translate("regiekamer::server::web::Portal", "Who"),
                t.translate("regiekamer::server::web::Portal", "What"),
                t.translate("regiekamer::server::web::Portal", "Data")});
    for (const api::AuditEntry &entry : std::as_const(*entries)) {
        const QString who = entry.actorId == context.caller().id
            ? t.translate("regiekamer::server::web::Portal", "You")
            : (entry.actorName.isEmpty() ? entry.actorRole : entry.actorName + u" ("_s + entry.actorRole + u')');
        content.markup("<tr>").element("td", portal::when(entry.at)).element("td", who);
        content.element("td", portal::describe(t, entry));
        content.element("td", portal::fieldsText(t, entry.fields)).markup("</tr>");
    }
    content.markup("</tbody></table>");
    return web.page(portal::signedInFrame(t, t.translate("regiekamer::server::web::Portal", "Who accessed my data")),
                    content);
}

// Everything the server holds about the account (GDPR articles 15 and 20), as one JSON document.
QHttpServerResponse PortalController::exportData(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    const qint64 id = context.caller().id;
    auto profile = m_services.profiles.find(id);
    auto registrations = m_services.registrations.listOwn(id);
    auto questions = m_services.questions.listOwn(id);
    auto entries = entriesAbout(m_services.auditQuery, context.caller(), 100000);
    if (!profile || !registrations || !questions || !entries)
        return web.finish(http::fromError(!profile             ? profile.error()
                                              : !registrations ? registrations.error()
                                              : !questions     ? questions.error()
                                                               : entries.error()));
    QJsonArray registrationItems, questionItems, entryItems;
    for (const api::Registration &registration : std::as_const(*registrations))
        registrationItems.append(registration.toJson());
    for (const api::Question &question : std::as_const(*questions))
        questionItems.append(question.toJson());
    for (const api::AuditEntry &entry : std::as_const(*entries))
        entryItems.append(entry.toJson());
    const QJsonObject all {{u"exportedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {u"account"_s, context.caller().toJson()},
                           {u"profile"_s, profile->toJson()},
                           {u"registrations"_s, registrationItems},
                           {u"questions"_s, questionItems},
                           {u"accessLog"_s, entryItems}};
    portal::aboutOwnData(context, everyClass, registrationItems.size() + questionItems.size());
    return web.finish(jsonAttachment(QJsonDocument(all).toJson(), "regiekamer-my-data.json"));
}

QHttpServerResponse PortalController::deletePage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    return deleteForm(web, {}, StatusCode::Ok);
}

QHttpServerResponse PortalController::deleteForm(WebRequest &web, const QStringList &errors, StatusCode status)
{
    const i18n::Catalogue &t = web.texts();
    Html content;
    content.element("p",
                    t.translate("regiekamer::server::web::Portal",
                                "Deleting your account removes your profile, your registrations and your "
                                "questions, and destroys the key your personal data was encrypted with. This "
                                "cannot be undone."));
    content.element(
        "p", t.translate("regiekamer::server::web::Portal", "Download your data first if you want to keep a copy."));
    formStart(content, QString::fromLatin1(path::deleteAccount), web.csrfToken());
    inputField(content,
               {"password",
                t.translate("regiekamer::server::web::Portal", "Your password"),
                {},
                "password",
                "current-password",
                errors.isEmpty() ? QString() : errors.first(),
                t.translate("regiekamer::server::web::Portal", "To confirm that it is you.")});
    content.markup("<div class=\"actions\"><button type=\"submit\" class=\"danger\">")
        .text(t.translate("regiekamer::server::web::Portal", "Delete my account for good"))
        .markup("</button><a href=\"")
        .text(QString::fromLatin1(path::portal))
        .markup("\">")
        .text(t.translate("regiekamer::server::web::Portal", "Cancel"))
        .markup("</a></div></form>");
    PageFrame frame = portal::signedInFrame(t, t.translate("regiekamer::server::web::Portal", "Delete account"));
    frame.errors = errors;
    return web.page(frame, content, status);
}

QFuture<std::any> portal::checkPagePassword(SignInController &signIn, Authenticator &authenticator,
                                            const QHttpServerRequest &request)
{
    auto form = FormBody::parse(request);
    return signIn.checkCallerPassword(
        authenticator.authenticate(QString::fromLatin1(http::cookie(request, http::sessionCookieName)), false),
        form ? form->value(u"password"_s) : QString(), request.remoteAddress());
}

QFuture<std::any> PortalController::checkOwnPassword(const QHttpServerRequest &request)
{
    return portal::checkPagePassword(m_services.signIn, m_services.authenticator, request);
}

QHttpServerResponse PortalController::deleteAccount(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    const i18n::Catalogue &t = web.texts();
    if (auto form = web.postedForm(); !form)
        return web.forbidden();
    const qint64 id = context.caller().id;
    auto confirmed = m_services.signIn.confirmation(context);
    if (!confirmed)
        return web.finish(http::fromError(confirmed.error()));
    if (*confirmed == SignInController::Confirmation::NotChecked)
        return deleteForm(web,
                          {t.translate("regiekamer::server::web::Portal",
                                       "Too many wrong passwords, or the server is busy. Try again later.")},
                          StatusCode::TooManyRequests);
    if (*confirmed == SignInController::Confirmation::WrongPassword)
        return deleteForm(web, {t.translate("regiekamer::server::web::Portal", "The password is not correct.")},
                          StatusCode::Forbidden);
    auto ended = eraseAccount(m_services.database, m_services.keys, id);
    if (!ended)
        return web.finish(http::fromError(ended.error()));
    for (const QString &tokenHash : std::as_const(*ended))
        context.endSession(tokenHash);
    // The entry records that account `id` was deleted, by itself; not its name, which is gone with it.
    context.entry().actorName.clear();
    context.entry().objectId = id;
    context.entry().subjectUserId = id;
    qCInfo(lcHttp, "Account %lld deleted by its owner; its subject key destroyed", static_cast<long long>(id));
    Html content;
    content.element(
        "p", t.translate("regiekamer::server::web::Portal", "Your account and your personal data have been deleted."));
    linkParagraph(content, path::signIn, t.translate("regiekamer::server::web::Portal", "Back to the sign-in page"));
    QHttpServerResponse response =
        web.page({t.translate("regiekamer::server::web::Portal", "Account deleted"), {}, {}, {}, {}}, content);
    addCookie(response, clearedSessionCookie());
    return response;
}

} // namespace regiekamer::server::web
