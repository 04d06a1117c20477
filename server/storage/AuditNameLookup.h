#pragma once

#include "base/Result.h"
#include "protocol/AuditEntry.h"
#include "protocol/Session.h"

#include <QHash>

namespace regiekamer::server {

class Database;
class RegistrationRepository;
class UserRepository;

// The attendees whose name matched a filter: by account (entries about their data) and by registration (a
// registration needs no account).
struct AttendeeIds
{
    QList<qint64> users;
    QList<qint64> registrations;
};

// The names of what access log entries refer to (api::AuditNames), looked up for one reader and only as far as they
// may see them (docs/rights.md "Names in the access log"):
// - webinar titles and organisation names: to everyone who sees the entry (they are not personal data);
// - a member of staff's name: likewise (staff names are not personal fields here, rights.md "Field classes");
// - an attendee's (viewer account's) name: to the attendee themself, and to a reader whose role reads the identity
//   of registrations (withReason: an administrator who gave a reason for the read).
// A denied entry gets no names: what the server found behind a refused id would tell the actor what the refusal hid
// (the same rule keeps such entries to the ids the request named). Ids that name nothing any more (a deleted account or
// webinar) stay without a name. Entries whose "what" is withheld from the reader (their ids are empty) get no names
// either.
class AuditNameLookup
{
public:
    AuditNameLookup(Database &database, UserRepository &users, RegistrationRepository &registrations);

    // Fills in the names; the result says whether an attendee's name was among them (the read's field class).
    Result<bool> fill(QList<api::AuditEntry> &entries, const api::UserInfo &reader, bool withReason);

    // Of `candidates`, the attendees whose name the reader may see and contains `part` (Unicode case folded, as the
    // other searches).
    Result<AttendeeIds> attendeesNamed(const QString &part, const AttendeeIds &candidates, const api::UserInfo &reader,
                                       bool withReason);

private:
    struct Person
    {
        QString name;
        bool attendee = false;
    };
    Result<QHash<qint64, QString>> namesOf(const QString &table, const QString &column, const QList<qint64> &ids);
    Result<Person> person(qint64 userId);
    // A registration's attendee, named as the reader may see them.
    Result<QString> registrationName(qint64 registrationId, const api::UserInfo &reader, bool attendeeNames,
                                     bool &attendeeShown);
    // The person's name if the reader may see it, else empty.
    Result<QString> personName(qint64 userId, const api::UserInfo &reader, bool attendeeNames, bool &attendeeShown);
    Result<QString> objectName(const api::AuditEntry &entry, const api::UserInfo &reader, bool attendeeNames,
                               bool &attendeeShown);

    Database &m_database;
    UserRepository &m_users;
    RegistrationRepository &m_registrations;
    QHash<qint64, QString> m_webinars; // of the current fill() only
    QHash<qint64, QString> m_organisations;
    QHash<qint64, Person> m_people;
    QHash<qint64, std::pair<QString, qint64>> m_registered; // registration id: name and owner account
    // Looks up the registrations not known yet in one query.
    Status loadRegistrations(const QList<qint64> &ids);
};

} // namespace regiekamer::server
