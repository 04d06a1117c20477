#include "web/portal/PortalController.h"

#include "base/ApiError.h"
#include "http/RequestAudit.h"
#include "http/Responses.h"
#include "http/controllers/ScopedAccess.h"
#include "protocol/Profile.h"
#include "storage/ProfileRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/WebinarRepository.h"
#include "web/WebPaths.h"
#include "web/WebResponses.h"
#include "web/portal/PortalFrame.h"

#include <QJsonObject>

namespace regiekamer::server::web {

using namespace Qt::StringLiterals;
using StatusCode = QHttpServerResponse::StatusCode;
using rights::FieldClass;

namespace {

// The form as the body of PATCH /api/v1/me/profile: the fields it sent, and the consent when its checkboxes were on
// the form (the hidden field "consent"; an unchecked box sends nothing).
QJsonObject profileChange(const FormBody &form)
{
    QJsonObject change {{u"version"_s, form.value(u"version"_s).toLongLong()}};
    for (const QString &field : {u"fullName"_s, u"phone"_s, u"company"_s, u"jobTitle"_s})
        if (form.has(field))
            change.insert(field, form.value(field));
    if (form.has(u"consent"_s))
        change.insert(u"consent"_s,
                      QJsonObject {{u"recording"_s, form.has(u"consentRecording"_s)},
                                   {u"marketing"_s, form.has(u"consentMarketing"_s)}});
    return change;
}

} // namespace

QHttpServerResponse PortalController::overview(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    const i18n::Catalogue &t = web.texts();
    auto registrations = m_services.registrations.listOwn(context.caller().id);
    auto questions = m_services.questions.listOwn(context.caller().id);
    if (!registrations || !questions)
        return web.finish(http::fromError(!registrations ? registrations.error() : questions.error()));
    portal::aboutOwnData(context, {FieldClass::Registration, FieldClass::Questions},
                         registrations->size() + questions->size());
    Html content;
    content.element(
        "p", t.translate("regiekamer::server::web::Portal", "Signed in as %1.").arg(context.caller().displayName));
    registrationsTable(content, t, *registrations);
    questionsTable(content, t, *questions);
    content.markup("<p class=\"actions\"><a href=\"")
        .text(QString::fromLatin1(path::exportData))
        .markup("\" download>")
        .text(t.translate("regiekamer::server::web::Portal", "Download all my data (JSON)"))
        .markup("</a></p>");
    return web.page(portal::signedInFrame(t, t.translate("regiekamer::server::web::Portal", "Overview")), content);
}

void PortalController::registrationsTable(Html &content, const i18n::Catalogue &t,
                                          const QList<api::Registration> &registrations)
{
    content.element("h2", t.translate("regiekamer::server::web::Portal", "My registrations"));
    if (registrations.isEmpty())
        content.element("p", t.translate("regiekamer::server::web::Portal", "You have no registrations."));
    else {
        tableStart(content,
                   {t.translate("regiekamer::server::web::Portal", "Webinar"),
                    t.translate("regiekamer::server::web::Portal", "Registered at"),
                    t.translate("regiekamer::server::web::Portal", "Status")});
        for (const api::Registration &registration : registrations) {
            content.markup("<tr>").element("td", webinarTitle(registration.webinarId));
            content.element(
                "td", registration.registration ? portal::when(registration.registration->registeredAt) : QString());
            content.element(
                "td",
                registration.registration
                    ? portal::approvalText(t, api::approvalStateToWire(registration.registration->approvalState))
                    : QString());
            content.markup("</tr>");
        }
        content.markup("</tbody></table>");
    }
}

void PortalController::questionsTable(Html &content, const i18n::Catalogue &t, const QList<api::Question> &questions)
{
    content.element("h2", t.translate("regiekamer::server::web::Portal", "My questions"));
    if (questions.isEmpty())
        content.element("p", t.translate("regiekamer::server::web::Portal", "You have not asked any questions."));
    else {
        tableStart(content,
                   {t.translate("regiekamer::server::web::Portal", "Question"),
                    t.translate("regiekamer::server::web::Portal", "Asked at"),
                    t.translate("regiekamer::server::web::Portal", "Answer")});
        for (const api::Question &question : questions) {
            const api::QuestionFields fields = question.question.value_or(api::QuestionFields {});
            content.markup("<tr>").element("td", fields.text).element("td", portal::when(fields.askedAt));
            content.element("td", answerText(t, fields)).markup("</tr>");
        }
        content.markup("</tbody></table>");
    }
}

// The answer as its asker reads it (issue 17): written, answered live, or that of the question it was merged into.
QString PortalController::answerText(const i18n::Catalogue &t, const api::QuestionFields &fields)
{
    if (fields.mergedInto) {
        const api::MergedInto &into = *fields.mergedInto;
        QString text = t.translate("regiekamer::server::web::Portal", "Merged into: %1").arg(into.text);
        if (into.answeredLive)
            text += u" — "_s + t.translate("regiekamer::server::web::Portal", "Answered live");
        if (into.answer)
            text += u" — "_s + *into.answer;
        return text;
    }
    if (fields.answeredLive)
        return fields.answer
            ? t.translate("regiekamer::server::web::Portal", "Answered live") + u" — "_s + *fields.answer
            : t.translate("regiekamer::server::web::Portal", "Answered live");
    return fields.answer.value_or(QString());
}

QString PortalController::webinarTitle(qint64 id)
{
    auto webinar = m_services.webinars.find(id);
    return webinar && *webinar ? (*webinar)->summary.title : u"#%1"_s.arg(id);
}

QHttpServerResponse PortalController::profilePage(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    return profileForm(web, {}, {}, StatusCode::Ok);
}

QHttpServerResponse PortalController::profileForm(WebRequest &web, const QStringList &errors, const QString &notice,
                                                  StatusCode status)
{
    RequestContext &context = web.context();
    const i18n::Catalogue &t = web.texts();
    auto profile = m_services.profiles.find(context.caller().id);
    if (!profile)
        return web.finish(http::fromError(profile.error()));
    if (status == StatusCode::Ok && notice.isEmpty())
        portal::aboutOwnData(context,
                             {FieldClass::Identity, FieldClass::Contact, FieldClass::Profile, FieldClass::Consent});
    Html content;
    content.markup("<dl><dt>")
        .text(t.translate("regiekamer::server::web::Portal", "E-mail address"))
        .markup("</dt><dd>")
        .text(profile->email)
        .markup("</dd></dl><p><a href=\"")
        .text(QString::fromLatin1(path::changeEmail))
        .markup("\">")
        .text(t.translate("regiekamer::server::web::Portal", "Change my e-mail address"))
        .markup("</a></p>");
    formStart(content, QString::fromLatin1(path::profile), web.csrfToken());
    content.markup("<input type=\"hidden\" name=\"version\" value=\"").number(profile->version).markup("\">");
    content.markup("<input type=\"hidden\" name=\"consent\" value=\"1\">");
    inputField(content,
               {"fullName",
                t.translate("regiekamer::server::web::Portal", "Full name"),
                profile->fullName,
                "text",
                "name",
                {},
                {}});
    inputField(
        content,
        {"phone", t.translate("regiekamer::server::web::Portal", "Phone"), profile->phone, "tel", "tel", {}, {}});
    inputField(content,
               {"company",
                t.translate("regiekamer::server::web::Portal", "Company"),
                profile->company,
                "text",
                "organization",
                {},
                {}});
    inputField(content,
               {"jobTitle",
                t.translate("regiekamer::server::web::Portal", "Job title"),
                profile->jobTitle,
                "text",
                "organization-title",
                {},
                {}});
    checkbox(content, "consentRecording",
             t.translate("regiekamer::server::web::Portal", "I agree to webinars being recorded with me in them"),
             profile->consent.recording);
    checkbox(content, "consentMarketing",
             t.translate("regiekamer::server::web::Portal", "I want to receive news about coming webinars"),
             profile->consent.marketing);
    formEnd(content, t.translate("regiekamer::server::web::Portal", "Save"));
    PageFrame frame = portal::signedInFrame(t, t.translate("regiekamer::server::web::Portal", "My profile"));
    frame.errors = errors;
    frame.notice = notice;
    return web.page(frame, content, status);
}

// The same change and validation as PATCH /api/v1/me/profile: the form becomes its JSON body.
QHttpServerResponse PortalController::saveProfile(RequestContext &context)
{
    WebRequest web(context, m_csrf);
    if (!web.signedIn())
        return web.redirectDenied(QString::fromLatin1(path::signIn));
    const i18n::Catalogue &t = web.texts();
    auto form = web.postedForm();
    if (!form && form.error().code == QLatin1StringView(api::errc::forbidden))
        return web.forbidden();
    if (auto allowed = ScopedAccess::requireCollection(context, rights::Resource::OwnProfile, rights::Action::Update);
        !allowed)
        return profileForm(web,
                           {t.translate("regiekamer::server::web::Portal",
                                        "Your account cannot change its "
                                        "profile here.")},
                           {}, StatusCode::Forbidden);
    auto change = form ? api::ProfileUpdate::fromJson(profileChange(*form))
                       : Result<api::ProfileUpdate>(std::unexpected(form.error()));
    auto updated = change ? m_services.profiles.update(context.caller().id, *change)
                          : Result<api::Profile>(std::unexpected(change.error()));
    if (!updated) {
        const bool stale = updated.error().code == QLatin1StringView(api::errc::conflict);
        const QString why = stale
            ? t.translate("regiekamer::server::web::Portal",
                          "Your profile was changed elsewhere meanwhile; check it and save again.")
            : t.translate("regiekamer::server::web::Portal", "Not saved: %1").arg(updated.error().message);
        return profileForm(web, {why}, {}, stale ? StatusCode::Conflict : StatusCode::BadRequest);
    }
    context.entry().subjectUserId = context.caller().id;
    context.entry().fields =
        requestAudit::fieldNames({FieldClass::Identity, FieldClass::Contact, FieldClass::Profile, FieldClass::Consent});
    return profileForm(web, {}, t.translate("regiekamer::server::web::Portal", "Your profile has been saved."),
                       StatusCode::Ok);
}

} // namespace regiekamer::server::web
