#include "http/controllers/RegistrationCsv.h"

#include "base/CsvField.h"
#include "base/JsonRead.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::FieldClass;

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
        add("waitlistPosition", QString::number(r.registration->waitlistPosition));
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

} // namespace regiekamer::server
