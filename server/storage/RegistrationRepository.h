#pragma once

#include "base/ApiError.h"
#include "base/Result.h"
#include "keys/FieldCipher.h"
#include "protocol/Consent.h"
#include "protocol/Limits.h"
#include "protocol/Lists.h"
#include "protocol/Registration.h"
#include "protocol/Rights.h"
#include "protocol/Session.h"
#include "storage/ObjectScope.h"
#include "storage/RegistrationIndex.h"

#include <functional>
#include <optional>

namespace regiekamer::server {

class Database;

// A filtered, sorted page of one webinar's registrations. Only columns of readable classes are searched, sorted or
// filtered on (no oracle): the caller's readable classes go in `readable`.
struct RegistrationQuery
{
    qint64 webinarId = 0;
    qint64 ownerUserId = 0; // when set, only this user's own registration
    QString search;
    std::optional<api::ApprovalState> approval;
    std::optional<bool> present;
    QString sort; // name, registeredAt, minutesWatched, company; empty: name if readable, else id
    bool descending = false;
    qint64 offset = 0;
    qint64 limit = api::defaultPageLimit;
    QList<rights::FieldClass> readable;
};

// One registration as written by insert(): the attendee's fields in plain text (sealed on the way in).
struct NewRegistration
{
    qint64 webinarId = 0;
    qint64 userId = 0; // 0: an attendee without an account (imported)
    QString fullName, email, phone, company, jobTitle;
    QDateTime registeredAt;
    api::Consent consent;
    api::ApprovalState approval = api::ApprovalState::Approved;
    QDateTime joinedAt, leftAt;
    qint64 minutesWatched = 0;
};

struct StoredRegistration
{
    api::Registration registration; // every class; filter before sending
    ObjectScope scope;
};

// Registrations (the attendee's personal data). Every change checks and increments the version in one statement.
// setApproval(), remove() and create() record their change for the webinar's index (RegistrationIndexCache::Change);
// insert() does not (bulk imports: the next list rebuilds the index).
// Name, e-mail, phone, company and job title are sealed under the organisation key of the webinar's organisation
// (docs/keys.md); search and sort over them use the webinar's RegistrationIndex.
class RegistrationRepository
{
public:
    RegistrationRepository(Database &database, FieldCipher &cipher);
    Database &database() { return m_database; }

    // Inside the caller's transaction: one registration, its fields sealed under `organisationKey` (of the webinar's
    // organisation) bound to the row id it gets. The seeder, imports and create() go through here.
    Result<qint64> insert(const NewRegistration &registration, FieldCipher::Key organisationKey);

    // "bad_request" for a sort key or filter on a class outside query.readable.
    Result<api::Page<api::Registration>> list(const RegistrationQuery &query);
    // The same page as its JSON body ({"items": [...], "limit", "offset", "total"}, as api::pageToJson of
    // api::registrationToJson writes it), written row by row: only the readable classes' fields decrypted, each
    // straight into the body (storage/RegistrationJson.h); the key looked up once, the statement prepared once.
    struct PageBody
    {
        QByteArray json;
        qsizetype rows = 0;
    };
    Result<PageBody> listJson(const RegistrationQuery &query);
    Result<std::optional<StoredRegistration>> find(qint64 id);
    // One registration as the JSON of api::registrationToJson with the classes `authorise` returns for its scope
    // (its error, e.g. not found or forbidden, is returned as is; nothing is decrypted before it allowed the read).
    // nullopt: no such registration.
    using Authorise = std::function<Result<QList<rights::FieldClass>>(const ObjectScope &)>;
    Result<std::optional<QByteArray>> findJson(qint64 id, const Authorise &authorise);
    // The attendee's name and account of each registration in `ids` that exists, in one query, opening only the
    // name (the access log's names, AuditNameLookup).
    struct Attendee
    {
        QString fullName;
        qint64 ownerUserId = 0;
    };
    Result<QHash<qint64, Attendee>> attendees(const QList<qint64> &ids);
    Result<QList<api::Registration>> listOwn(qint64 userId);
    // "conflict" when version is stale.
    Result<api::Registration> setApproval(qint64 id, qint64 version, api::ApprovalState state);
    Status remove(qint64 id);
    // "conflict" when the user is already registered. Profile and consent come from the viewer's account. The
    // webinar's approval rules give its state (ApprovalRuleRepository::admit): approved, pending or waitlisted.
    Result<qint64> create(qint64 webinarId, const api::UserInfo &viewer, const api::ConsentChoice &consent);

    // Inside the caller's transaction: the registration's attendance columns (AttendanceRepository keeps them equal
    // to the stays in the room; an invalid time is null).
    Status setAttendance(qint64 id, const QDateTime &joinedAt, const QDateTime &leftAt, qint64 minutesWatched);

    // The personal join link (docs/accounts.md "Self-registration"): only its SHA-256 is stored, replacing the last.
    Status setJoinTokenHash(qint64 id, const QString &tokenHash);
    struct JoinTarget
    {
        qint64 registrationId = 0;
        qint64 webinarId = 0;
        qint64 userId = 0;
        api::ApprovalState approval = api::ApprovalState::Pending;
    };
    Result<std::optional<JoinTarget>> findByJoinTokenHash(const QString &tokenHash);
    // How often the search and sort index was built and brought up to date from this repository's own changes.
    const RegistrationIndexCache::Statistics &indexStatistics() const { return m_indexes.statistics(); }
    // The webinar's cached index (at whatever revision), null when none; for tests.
    std::shared_ptr<const RegistrationIndex> cachedIndex(qint64 webinarId) const { return m_indexes.any(webinarId); }

private:
    // The index of the webinar at its current revision, built when missing or stale (inside a transaction).
    Result<std::shared_ptr<const RegistrationIndex>> indexFor(qint64 webinarId);
    struct PageIds
    {
        QList<qint64> ids;
        qint64 total = 0;
    };
    // Inside the caller's transaction: the ids of the query's page, in order, and how many match.
    Result<PageIds> pageIds(const RegistrationQuery &query);
    Result<QList<api::Registration>> readPage(const QList<qint64> &ids);

    Database &m_database;
    FieldCipher &m_cipher;
    RegistrationIndexCache m_indexes;
};

} // namespace regiekamer::server
