#pragma once

#include "audit/AuditFieldCipher.h"
#include "base/Result.h"
#include "protocol/AuditEntry.h"
#include "protocol/Session.h"

#include <QUrlQuery>

#include <optional>

class QSqlQuery;

namespace regiekamer::server {

class Database;
class KeyStore;

// Filters of GET /api/v1/audit (docs/api.md "Access log"). Zero or empty means "any".
struct AuditFilter
{
    QDateTime from; // inclusive
    QDateTime to; // inclusive
    qint64 actorId = 0;
    QString action;
    qint64 webinarId = 0;
    qint64 subjectUserId = 0; // the attendee (viewer account) whose data was touched
    QString subjectName; // part of an attendee's name, as the reader may see it (resolved into the two lists below)
    bool attendeesResolved = false; // set: only entries about these accounts or registrations (none if both empty)
    QList<qint64> attendeeUserIds;
    QList<qint64> attendeeRegistrationIds;
    QString text; // free text over actor name, action, object, outcome, reason, address and request id (the actor
                  // name and the address are sealed: matched after decryption, in memory, never in SQL)
    qint64 before = 0; // keyset paging: entries with a smaller sequence number (0: from the newest)
    qint64 limit = 100;

    static Result<AuditFilter> fromQuery(const QUrlQuery &query);
};

// Reads the access log for a caller, newest first, limited to the entries the caller's role may see
// (docs/rights.md "Access log"): admin all; director the webinars assigned to them; client staff their
// organisation's data; a viewer entries about their own data and lists of webinars they attend; moderator none.
// Entries come back with actor_name and client_address decrypted (AuditFieldCipher), as the caller may see them
// (audit::seenBy); the actor and free-text filters match only what the caller sees.
class AuditQuery
{
public:
    AuditQuery(Database &database, KeyStore &keys);

    static bool mayRead(const api::UserInfo &caller);
    Result<api::AuditPage> page(const api::UserInfo &caller, const AuditFilter &filter);
    // The entry as the caller may see it, or nullopt when they may not see it at all (the event stream's filter for
    // new entries, the same as page()'s).
    Result<std::optional<api::AuditEntry>> entryFor(const api::UserInfo &caller, const api::AuditEntry &entry);
    // The data subjects and the single registrations of the entries the caller may see (candidates for
    // AuditFilter::subjectName): {accounts, registrations}.
    Result<std::pair<QList<qint64>, QList<qint64>>> attendeesVisibleTo(const api::UserInfo &caller);
    // The sequence number of the newest entry, 0 for an empty log.
    Result<qint64> lastSequence();

private:
    Result<api::AuditPage> collect(QSqlQuery &rows, const AuditFilter &filter, const api::UserInfo &caller);

    Database &m_database;
    audit::AuditFieldCipher m_cipher;
};

// An entry from a row of "SELECT <chainedColumnList()> FROM audit_log", as stored (actor_name and client_address
// sealed; AuditFieldCipher::openEntry() opens them).
api::AuditEntry auditEntryFromRow(const QSqlQuery &row);

} // namespace regiekamer::server
