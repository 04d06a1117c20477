#include "audit/AuditQuery.h"

#include "audit/AuditChain.h"
#include "audit/AuditEntryView.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "protocol/Limits.h"
#include "protocol/Rights.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

struct Condition
{
    QString sql;
    QVariantList values;

    void add(const QString &clause, const QVariantList &bound = {})
    {
        sql += (sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + clause;
        values += bound;
    }
};

// What a role may see, as an SQL condition on audit_log: its scope on rights::Resource::AccessLog.
void addVisibility(Condition &where, const api::UserInfo &caller)
{
    switch (rights::scopeOf(caller.role, rights::Resource::AccessLog)) {
    case rights::Scope::All:
        return;
    case rights::Scope::AssignedWebinar:
        where.add(u"webinar_id IN (SELECT webinar_id FROM webinar_staff WHERE user_id = ?)"_s, {caller.id});
        return;
    case rights::Scope::OwnOrganisation:
        where.add(u"organisation_id = ?"_s, {caller.organisationId > 0 ? caller.organisationId : -1});
        return;
    case rights::Scope::OwnAccount:
        // Entries about the viewer's own data, the viewer's own actions, and reads of whole lists that held it (by
        // staff: another attendee's read of their own rows has that attendee as subject).
        where.add(u"(subject_user_id = ? OR actor_id = ? OR (row_count >= 0 AND subject_user_id = 0 AND object_type "
                  u"IN ('registration', 'question') AND webinar_id IN "
                  u"(SELECT webinar_id FROM registrations WHERE user_id = ?)))"_s,
                  {caller.id, caller.id, caller.id});
        return;
    case rights::Scope::None:
        where.add(u"0 = 1"_s);
        return;
    }
}

// What the visibility condition above decides from an entry just appended, without a query (the event stream asks
// for every entry and every open stream, so a query each would cost a viewer's room a thousand per request); nullopt
// where only the database knows (the staff of a webinar, the webinars a viewer registered for).
std::optional<bool> visibleWithoutQuery(const api::UserInfo &caller, const api::AuditEntry &entry)
{
    switch (rights::scopeOf(caller.role, rights::Resource::AccessLog)) {
    case rights::Scope::All:
        return true;
    case rights::Scope::AssignedWebinar:
        return entry.webinarId > 0 ? std::nullopt : std::optional(false);
    case rights::Scope::OwnOrganisation:
        return caller.organisationId > 0 && entry.organisationId == caller.organisationId;
    case rights::Scope::OwnAccount: {
        if (entry.subjectUserId == caller.id || entry.actorId == caller.id)
            return true;
        const bool listRead = entry.rowCount >= 0 && entry.subjectUserId == 0 && entry.webinarId > 0 &&
            (entry.objectType == u"registration"_s || entry.objectType == u"question"_s);
        return listRead ? std::nullopt : std::optional(false);
    }
    case rights::Scope::None:
        return false;
    }
    return false;
}

// The actor filter finds only entries whose actor the caller may identify (rights::LogField::ActorIdentity): a
// viewer names only themself, so no id of a staff member who read their data is confirmed.
void addActorFilter(Condition &where, const api::UserInfo &caller, qint64 actorId)
{
    const auto identifies = [&caller](rights::LogActor actor) {
        return rights::readableLogFields(caller.role, actor).contains(rights::LogField::ActorIdentity);
    };
    const QString viewer = roleToWire(Role::Viewer);
    QStringList kinds;
    QVariantList values {actorId};
    if (identifies(rights::LogActor::Self)) {
        kinds += u"actor_id = ?"_s;
        values += caller.id;
    }
    if (identifies(rights::LogActor::Viewer)) {
        kinds += u"(actor_id <> ? AND actor_role = ?)"_s;
        values += QVariantList {caller.id, viewer};
    }
    if (identifies(rights::LogActor::Staff)) {
        kinds += u"(actor_id <> ? AND actor_role <> ?)"_s;
        values += QVariantList {caller.id, viewer};
    }
    where.add(u"actor_id = ? AND (%1)"_s.arg(kinds.isEmpty() ? u"0 = 1"_s : kinds.join(u" OR "_s)), values);
}

void addFilter(Condition &where, const AuditFilter &filter, const api::UserInfo &caller)
{
    // Time never goes backwards along the chain, so a period is a range of sequence numbers found via at_ms.
    if (filter.from.isValid())
        where.add(u"seq >= COALESCE((SELECT seq FROM audit_log WHERE at_ms >= ? ORDER BY at_ms LIMIT 1), "
                  u"9223372036854775807)"_s,
                  {filter.from.toMSecsSinceEpoch()});
    if (filter.to.isValid())
        where.add(u"seq <= COALESCE((SELECT seq FROM audit_log WHERE at_ms <= ? ORDER BY at_ms DESC LIMIT 1), 0)"_s,
                  {filter.to.toMSecsSinceEpoch()});
    if (filter.actorId > 0)
        addActorFilter(where, caller, filter.actorId);
    if (!filter.action.isEmpty())
        where.add(u"action = ?"_s, {filter.action});
    if (filter.webinarId > 0)
        where.add(u"webinar_id = ?"_s, {filter.webinarId});
    if (filter.subjectUserId > 0)
        where.add(u"subject_user_id = ?"_s, {filter.subjectUserId});
    if (filter.attendeesResolved) {
        QVariantList ids;
        for (qint64 id : filter.attendeeUserIds + filter.attendeeRegistrationIds)
            ids.append(id);
        const auto marks = [](qsizetype count) { return QStringList(count, u"?"_s).join(u", "_s); };
        where.add(u"(subject_user_id IN (%1) OR (object_type = 'registration' AND row_count < 0 AND object_id IN "
                  u"(%2)))"_s.arg(marks(filter.attendeeUserIds.size()), marks(filter.attendeeRegistrationIds.size())),
                  ids);
    }
    if (filter.before > 0)
        where.add(u"seq < ?"_s, {filter.before});
}

struct TextMatch
{
    QString text;
    QString folded;
    bool address = false; // whether the text could be part of a client address
};

TextMatch textMatch(const QString &text)
{
    static const QString addressCharacters = u"0123456789abcdefABCDEF:.[]%"_s;
    const bool address = u"local"_s.contains(text, Qt::CaseInsensitive) ||
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return addressCharacters.contains(c); });
    return TextMatch {text, text.toCaseFolded(), address};
}

// The free-text filter on an entry as stored, over what the caller sees of it (visible, audit::visibleFields): the
// plain columns case-insensitively (as SQL LIKE did before the personal columns were sealed), then the actor name
// folded as rk_fold() does and the address, each opened only when still needed (the address only when the text could
// be part of one).
Result<bool> matchesText(const crypto::Aead &aead, const api::AuditEntry &stored, const TextMatch &match,
                         const QList<rights::LogField> &visible)
{
    using enum rights::LogField;
    const auto has = [&match](const QString &value) { return value.contains(match.text, Qt::CaseInsensitive); };
    if (visible.contains(What) &&
        (has(stored.action) || has(stored.objectType) || has(stored.outcome) || has(stored.requestId)))
        return true;
    if (visible.contains(Reason) && has(stored.reason))
        return true;
    using Cipher = audit::AuditFieldCipher;
    if (visible.contains(ActorIdentity)) {
        auto name = Cipher::openValue(aead, Cipher::actorNameColumn, stored.sequence, stored.actorName);
        if (!name)
            return std::unexpected(name.error());
        if (name->toCaseFolded().contains(match.folded))
            return true;
    }
    if (!match.address || !visible.contains(ClientAddress))
        return false;
    auto address = Cipher::openValue(aead, Cipher::clientAddressColumn, stored.sequence, stored.clientAddress);
    if (!address)
        return std::unexpected(address.error());
    return address->contains(match.text, Qt::CaseInsensitive);
}

Result<qint64> positiveNumber(const QUrlQuery &query, const QString &key, qint64 maximum)
{
    if (!query.hasQueryItem(key))
        return 0;
    bool ok = false;
    const qint64 value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < 1 || value > maximum)
        return fail(QString::fromLatin1(api::errc::badRequest),
                    u"\"%1\" must be a whole number from 1 to %2."_s.arg(key).arg(maximum));
    return value;
}

Result<QDateTime> time(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return QDateTime();
    const QDateTime value = QDateTime::fromString(query.queryItemValue(key, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!value.isValid())
        return fail(QString::fromLatin1(api::errc::badRequest),
                    u"\"%1\" must be a date and time in ISO 8601, e.g. 2026-11-26T09:00:00Z."_s.arg(key));
    return value.toUTC();
}

} // namespace

Result<AuditFilter> AuditFilter::fromQuery(const QUrlQuery &query)
{
    static const QStringList known {u"from"_s,    u"to"_s,          u"actor"_s, u"action"_s, u"webinar"_s,
                                    u"subject"_s, u"subjectName"_s, u"q"_s,     u"before"_s, u"limit"_s};
    for (const auto &[key, value] : query.queryItems()) {
        if (!known.contains(key))
            return badRequest(u"Unknown filter \"%1\"."_s.arg(key));
    }
    constexpr qint64 largest = std::numeric_limits<qint64>::max() / 2;
    auto from = time(query, u"from"_s);
    auto to = time(query, u"to"_s);
    auto actor = positiveNumber(query, u"actor"_s, largest);
    auto webinar = positiveNumber(query, u"webinar"_s, largest);
    auto subject = positiveNumber(query, u"subject"_s, largest);
    auto before = positiveNumber(query, u"before"_s, largest);
    auto limit = positiveNumber(query, u"limit"_s, api::maximumPageLimit);
    if (const auto error = firstError(from, to, actor, webinar, subject, before, limit))
        return std::unexpected(*error);
    const QString action = query.queryItemValue(u"action"_s, QUrl::FullyDecoded);
    const QString text = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    const QString subjectName = query.queryItemValue(u"subjectName"_s, QUrl::FullyDecoded).trimmed();
    if (action.size() > 40 || text.size() > api::maximumStringLength || subjectName.size() > api::maximumStringLength)
        return badRequest(u"A filter is too long."_s);
    AuditFilter filter;
    filter.from = *from;
    filter.to = *to;
    filter.actorId = *actor;
    filter.action = action;
    filter.webinarId = *webinar;
    filter.subjectUserId = *subject;
    filter.subjectName = subjectName;
    filter.text = text;
    filter.before = *before;
    filter.limit = *limit > 0 ? *limit : api::defaultPageLimit;
    return filter;
}

AuditQuery::AuditQuery(Database &database, KeyStore &keys)
    : m_database(database)
    , m_cipher(keys)
{
}

bool AuditQuery::mayRead(const api::UserInfo &caller)
{
    return rights::permits(caller.role, rights::Resource::AccessLog, rights::Action::Read);
}

api::AuditEntry auditEntryFromRow(const QSqlQuery &row)
{
    api::AuditEntry entry;
    entry.sequence = row.value(0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), QTimeZone::UTC);
    entry.actorId = row.value(2).toLongLong();
    entry.actorRole = row.value(3).toString();
    entry.clientAddress = row.value(4).toString();
    entry.requestId = row.value(5).toString();
    entry.action = row.value(6).toString();
    entry.objectType = row.value(7).toString();
    entry.objectId = row.value(8).toLongLong();
    entry.webinarId = row.value(9).toLongLong();
    entry.organisationId = row.value(10).toLongLong();
    entry.subjectUserId = row.value(11).toLongLong();
    const QString fields = row.value(12).toString();
    entry.fields = fields.isEmpty() ? QStringList() : fields.split(u',');
    entry.outcome = row.value(13).toString();
    entry.reason = row.value(14).toString();
    entry.rowCount = row.value(15).toLongLong();
    entry.actorName = row.value(16).toString();
    entry.change = row.value(17).toString();
    return entry;
}

Result<api::AuditPage> AuditQuery::page(const api::UserInfo &caller, const AuditFilter &filter)
{
    Condition where;
    addVisibility(where, caller);
    addFilter(where, filter, caller);
    // With free text, rows are read newest first until a page matched: the sealed columns cannot be searched in SQL.
    const QString limit = filter.text.isEmpty() ? u" LIMIT %1"_s.arg(filter.limit + 1) : QString();
    auto query = m_database.exec(
        u"SELECT %1 FROM audit_log%2 ORDER BY seq DESC%3"_s.arg(audit::chainedColumnList(), where.sql, limit),
        where.values);
    if (!query)
        return std::unexpected(query.error());
    return collect(*query, filter, caller);
}

Result<api::AuditPage> AuditQuery::collect(QSqlQuery &rows, const AuditFilter &filter, const api::UserInfo &caller)
{
    auto aead = m_cipher.aead();
    if (!aead)
        return std::unexpected(aead.error());
    const TextMatch match = textMatch(filter.text);
    api::AuditPage page;
    while (rows.next()) {
        api::AuditEntry entry = auditEntryFromRow(rows);
        if (!filter.text.isEmpty()) {
            auto matched = matchesText(**aead, entry, match, audit::visibleFields(entry, caller));
            if (!matched)
                return std::unexpected(matched.error());
            if (!*matched)
                continue;
        }
        if (page.items.size() == filter.limit) {
            page.nextBefore = page.items.last().sequence;
            break;
        }
        if (auto opened = audit::AuditFieldCipher::openEntry(**aead, entry); !opened)
            return std::unexpected(opened.error());
        page.items.append(audit::seenBy(caller, std::move(entry)));
    }
    return page;
}

Result<std::optional<api::AuditEntry>> AuditQuery::entryFor(const api::UserInfo &caller, const api::AuditEntry &entry)
{
    if (const std::optional<bool> decided = visibleWithoutQuery(caller, entry)) {
        if (!*decided)
            return std::nullopt;
        return audit::seenBy(caller, entry);
    }
    Condition where;
    where.add(u"seq = ?"_s, {entry.sequence});
    addVisibility(where, caller);
    auto query = m_database.exec(u"SELECT 1 FROM audit_log"_s + where.sql, where.values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::nullopt;
    return audit::seenBy(caller, entry);
}

Result<std::pair<QList<qint64>, QList<qint64>>> AuditQuery::attendeesVisibleTo(const api::UserInfo &caller)
{
    std::pair<QList<qint64>, QList<qint64>> found;
    for (const auto &[column, condition, list] :
         {std::tuple {u"subject_user_id"_s, u"subject_user_id > 0"_s, &found.first},
          std::tuple {u"object_id"_s, u"object_type = 'registration' AND row_count < 0 AND object_id > 0"_s,
                      &found.second}}) {
        Condition where;
        addVisibility(where, caller);
        where.add(condition);
        auto rows = m_database.exec(u"SELECT DISTINCT %1 FROM audit_log"_s.arg(column) + where.sql, where.values);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next())
            list->append(rows->value(0).toLongLong());
    }
    return found;
}

Result<qint64> AuditQuery::lastSequence()
{
    auto row = m_database.firstRow(u"SELECT COALESCE(MAX(seq), 0) FROM audit_log"_s);
    if (!row)
        return std::unexpected(row.error());
    return *row ? (**row).at(0).toLongLong() : 0;
}

} // namespace regiekamer::server
