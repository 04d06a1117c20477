#include "storage/AuditNameLookup.h"

#include "db/Database.h"
#include "protocol/Rights.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QList<qint64> distinctIds(const QList<api::AuditEntry> &entries, qint64 (*idOf)(const api::AuditEntry &))
{
    QList<qint64> ids;
    for (const api::AuditEntry &entry : entries) {
        if (const qint64 id = idOf(entry); id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

qint64 webinarOf(const api::AuditEntry &entry)
{
    return entry.objectType == u"webinar"_s && entry.objectId > 0 ? entry.objectId : entry.webinarId;
}

// One registration (a list under a webinar is logged with the webinar's id and its row count).
bool isSingleRegistration(const api::AuditEntry &entry)
{
    return entry.objectType == u"registration"_s && entry.rowCount < 0;
}

qint64 singleRegistrationOf(const api::AuditEntry &entry)
{
    return isSingleRegistration(entry) && entry.outcome != u"denied"_s ? entry.objectId : 0;
}

bool mayNameAttendees(const api::UserInfo &reader, bool withReason)
{
    return rights::mayReadField(reader.role, rights::Resource::Registration, rights::FieldClass::Identity, withReason);
}

// Whether registrations are worth opening for the reader: they see attendees' names, or (a viewer) their own.
bool opensRegistrations(const api::UserInfo &reader, bool attendeeNames)
{
    return attendeeNames || reader.role == Role::Viewer;
}

qint64 organisationOf(const api::AuditEntry &entry)
{
    return entry.objectType == u"organisation"_s ? entry.objectId : 0;
}

} // namespace

AuditNameLookup::AuditNameLookup(Database &database, UserRepository &users, RegistrationRepository &registrations)
    : m_database(database)
    , m_users(users)
    , m_registrations(registrations)
{
}

Result<QString> AuditNameLookup::registrationName(qint64 registrationId, const api::UserInfo &reader,
                                                  bool attendeeNames, bool &attendeeShown)
{
    if (!opensRegistrations(reader, attendeeNames))
        return QString(); // only a viewer owns registrations: nothing to open for a reader who may not see it
    if (!m_registered.contains(registrationId)) {
        if (auto loaded = loadRegistrations({registrationId}); !loaded)
            return std::unexpected(loaded.error());
    }
    const auto known = m_registered.constFind(registrationId);
    const bool own = reader.id > 0 && known->second == reader.id;
    if (!own && !attendeeNames)
        return QString();
    attendeeShown = attendeeShown || (!own && !known->first.isEmpty());
    return known->first;
}

Result<QHash<qint64, QString>> AuditNameLookup::namesOf(const QString &table, const QString &column,
                                                        const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    if (ids.isEmpty())
        return names;
    QVariantList bound;
    for (qint64 id : ids)
        bound.append(id);
    auto rows = m_database.exec(
        u"SELECT id, %1 FROM %2 WHERE id IN (%3)"_s.arg(column, table, QStringList(ids.size(), u"?"_s).join(u", "_s)),
        bound);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        names.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    return names;
}

Status AuditNameLookup::loadRegistrations(const QList<qint64> &ids)
{
    QList<qint64> unknown;
    for (qint64 id : ids) {
        if (!m_registered.contains(id) && !unknown.contains(id))
            unknown.append(id);
    }
    auto found = m_registrations.attendees(unknown);
    if (!found)
        return std::unexpected(found.error());
    for (qint64 id : unknown) {
        const RegistrationRepository::Attendee attendee = found->value(id); // gone: no name
        m_registered.insert(id, {attendee.fullName, attendee.ownerUserId});
    }
    return {};
}

Result<AuditNameLookup::Person> AuditNameLookup::person(qint64 userId)
{
    if (const auto known = m_people.constFind(userId); known != m_people.cend())
        return *known;
    auto record = m_users.findById(userId);
    if (!record)
        return std::unexpected(record.error());
    const Person found =
        *record ? Person {(*record)->info.displayName, (*record)->info.role == Role::Viewer} : Person {};
    m_people.insert(userId, found);
    return found;
}

Result<QString> AuditNameLookup::personName(qint64 userId, const api::UserInfo &reader, bool attendeeNames,
                                            bool &attendeeShown)
{
    if (userId <= 0)
        return QString();
    auto found = person(userId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->attendee)
        return found->name;
    if (userId != reader.id && !attendeeNames)
        return QString();
    attendeeShown = attendeeShown || (userId != reader.id && !found->name.isEmpty());
    return found->name;
}

Result<QString> AuditNameLookup::objectName(const api::AuditEntry &entry, const api::UserInfo &reader,
                                            bool attendeeNames, bool &attendeeShown)
{
    if (entry.objectId <= 0)
        return QString();
    if (entry.objectType == u"webinar"_s)
        return m_webinars.value(entry.objectId);
    if (entry.objectType == u"organisation"_s)
        return m_organisations.value(entry.objectId);
    if (entry.objectType == u"staff_account"_s || entry.objectType == u"account"_s)
        return personName(entry.objectId, reader, attendeeNames, attendeeShown);
    if (isSingleRegistration(entry))
        return registrationName(entry.objectId, reader, attendeeNames, attendeeShown);
    return QString();
}

Result<bool> AuditNameLookup::fill(QList<api::AuditEntry> &entries, const api::UserInfo &reader, bool withReason)
{
    m_people.clear();
    m_registered.clear();
    auto webinars = namesOf(u"webinars"_s, u"title"_s, distinctIds(entries, &webinarOf));
    auto organisations = namesOf(u"organisations"_s, u"name"_s, distinctIds(entries, &organisationOf));
    if (const auto error = firstError(webinars, organisations))
        return std::unexpected(*error);
    m_webinars = std::move(*webinars);
    m_organisations = std::move(*organisations);
    const bool attendeeNames = mayNameAttendees(reader, withReason);
    if (opensRegistrations(reader, attendeeNames)) {
        if (auto loaded = loadRegistrations(distinctIds(entries, &singleRegistrationOf)); !loaded)
            return std::unexpected(loaded.error());
    }
    bool attendeeShown = false;
    for (api::AuditEntry &entry : entries) {
        // What the server found behind a refused id would tell the actor what the refusal hides.
        if (entry.outcome == QLatin1StringView(api::auditOutcome::denied))
            continue;
        auto object = objectName(entry, reader, attendeeNames, attendeeShown);
        auto subject = personName(entry.subjectUserId, reader, attendeeNames, attendeeShown);
        if (const auto error = firstError(object, subject))
            return std::unexpected(*error);
        // A registration without an account is its own data subject.
        const QString attendee = subject->isEmpty() && isSingleRegistration(entry) ? *object : *subject;
        entry.names = api::AuditNames {m_webinars.value(entry.webinarId), *object, attendee};
    }
    return attendeeShown;
}

Result<AttendeeIds> AuditNameLookup::attendeesNamed(const QString &part, const AttendeeIds &candidates,
                                                    const api::UserInfo &reader, bool withReason)
{
    m_people.clear();
    m_registered.clear();
    const bool attendeeNames = mayNameAttendees(reader, withReason);
    const QString wanted = part.toCaseFolded();
    const auto matches = [&wanted](const QString &name) {
        return !name.isEmpty() && name.toCaseFolded().contains(wanted);
    };
    AttendeeIds named;
    bool attendeeShown = false;
    for (qint64 id : candidates.users) {
        auto found = person(id);
        if (!found)
            return std::unexpected(found.error());
        auto name = personName(id, reader, attendeeNames, attendeeShown);
        if (!name)
            return std::unexpected(name.error());
        if (found->attendee && matches(*name))
            named.users.append(id);
    }
    if (opensRegistrations(reader, attendeeNames)) {
        if (auto loaded = loadRegistrations(candidates.registrations); !loaded)
            return std::unexpected(loaded.error());
    }
    for (qint64 id : candidates.registrations) {
        auto name = registrationName(id, reader, attendeeNames, attendeeShown);
        if (!name)
            return std::unexpected(name.error());
        if (matches(*name))
            named.registrations.append(id);
    }
    return named;
}

} // namespace regiekamer::server
