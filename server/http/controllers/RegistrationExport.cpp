// GET /webinars/{id}/registrations/export: every registration as CSV (RFC 4180), readable columns only.
#include "http/controllers/DomainApi.h"

#include "base/ApiError.h"
#include "base/CsvField.h"
#include "base/JsonRead.h"
#include "http/HttpJson.h"
#include "storage/RegistrationRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::FieldClass;
using rights::Resource;

namespace {

QString time(const QDateTime &value)
{
    return value.isValid() ? json::toWire(value) : QString();
}

QString yesNo(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// The header and cells of one field class, or nothing when the class is absent (unreadable).
void appendClasses(const api::Registration &r, QStringList &header, QStringList &cells)
{
    const auto add = [&](const char *name, const QString &value) {
        header.append(QString::fromLatin1(name));
        cells.append(value);
    };
    add("id", QString::number(r.id));
    if (r.fullName)
        add("fullName", *r.fullName);
    if (r.contact) {
        add("email", r.contact->email);
        add("phone", r.contact->phone);
    }
    if (r.profile) {
        add("company", r.profile->company);
        add("jobTitle", r.profile->jobTitle);
    }
    if (r.registration) {
        add("registeredAt", time(r.registration->registeredAt));
        add("approvalState", api::approvalStateToWire(r.registration->approvalState));
    }
    if (r.attendance) {
        add("joinedAt", time(r.attendance->joinedAt));
        add("leftAt", time(r.attendance->leftAt));
        add("minutesWatched", QString::number(r.attendance->minutesWatched));
        add("present", yesNo(r.attendance->present));
    }
    if (r.consent) {
        add("consentRecording", yesNo(r.consent->recording));
        add("consentMarketing", yesNo(r.consent->marketing));
        add("consentGivenAt", time(r.consent->givenAt));
    }
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells)
        quoted.append(csv::field(cell));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace

QString registrationsCsv(const QList<api::Registration> &registrations, const QList<FieldClass> &readable)
{
    api::Registration empty;
    empty.fullName.emplace();
    empty.contact.emplace();
    empty.profile.emplace();
    empty.registration.emplace();
    empty.attendance.emplace();
    empty.consent.emplace();
    QStringList header, unused;
    appendClasses(api::filtered(empty, readable), header, unused);
    QString text = csvLine(header);
    for (const api::Registration &registration : registrations) {
        QStringList cells, names;
        appendClasses(api::filtered(registration, readable), names, cells);
        text += csvLine(cells);
    }
    return text;
}

QHttpServerResponse DomainApi::exportRegistrations(const api::UserInfo &caller, const QList<qint64> &ids,
                                                   const QHttpServerRequest &)
{
    auto scope = webinarScope(ids.at(0));
    if (!scope)
        return http::fromError(scope.error());
    auto owner = m_services.policy.requireWithinWebinar(caller, Resource::Registration, Action::Export, *scope);
    if (!owner)
        return http::fromError(owner.error());
    RegistrationQuery query;
    query.webinarId = ids.at(0);
    query.ownerUserId = *owner;
    query.limit = std::numeric_limits<int>::max();
    query.readable = AccessPolicy::readable(caller, Resource::Registration, false);
    auto page = m_services.registrations.list(query);
    if (!page)
        return http::fromError(page.error());
    qInfo("Registrations of webinar %lld exported by user %lld (%lld rows)", static_cast<long long>(ids.at(0)),
          static_cast<long long>(caller.id), static_cast<long long>(page->items.size()));
    QHttpServerResponse response("text/csv; charset=utf-8", registrationsCsv(page->items, query.readable).toUtf8());
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ContentDisposition,
                            QByteArray("attachment; filename=\"registrations-") + QByteArray::number(ids.at(0)) +
                                ".csv\"");
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.replaceOrAppend("X-Content-Type-Options"_L1, "nosniff");
    response.setHeaders(std::move(headers));
    return response;
}

} // namespace regiekamer::server
