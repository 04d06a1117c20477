#include "storage/UserRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/Custodians.h"
#include "storage/SessionRows.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

const QString selectUser = u"SELECT u.id, u.email, u.display_name, u.role, COALESCE(u.organisation_id, 0),"
                           " COALESCE(o.name, ''), u.password_hash, u.disabled, u.version, u.state, u.language"
                           " FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id"_s;

// The e-mail address and name are sealed under the user's subject key.
Result<UserRecord> userFromRow(const QSqlQuery &query, FieldCipher &cipher)
{
    UserRecord record;
    record.info.id = query.value(0).toLongLong();
    auto key = cipher.subjectKey(record.info.id);
    if (!key)
        return std::unexpected(key.error());
    auto email = FieldCipher::open(*key, query.value(1), "users", "email", record.info.id);
    auto name = FieldCipher::open(*key, query.value(2), "users", "display_name", record.info.id);
    if (const auto error = firstError(email, name))
        return std::unexpected(*error);
    record.info.email = *email;
    record.info.displayName = *name;
    record.info.role = roleFromWire(query.value(3).toString()).value_or(Role::Viewer);
    record.info.organisationId = query.value(4).toLongLong();
    record.info.organisationName = query.value(5).toString();
    record.passwordHash = query.value(6).toString();
    record.disabled = query.value(7).toBool();
    record.version = query.value(8).toLongLong();
    record.invited = query.value(9).toString() == "invited"_L1;
    record.language = query.value(10).toString();
    return record;
}

api::StaffAccount accountFrom(const UserRecord &record)
{
    return api::StaffAccount {record.info.id,
                              record.info.email,
                              record.info.displayName,
                              record.info.role,
                              record.info.organisationName,
                              record.disabled,
                              record.info.organisationId,
                              record.version};
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Staff lists are short: read whole, decrypted, then ordered by role and e-mail (SQL cannot order sealed values).
Result<QList<api::StaffAccount>> sortedAccounts(Result<QSqlQuery> query, FieldCipher &cipher)
{
    if (!query)
        return std::unexpected(query.error());
    QList<api::StaffAccount> accounts;
    while (query->next()) {
        auto record = userFromRow(*query, cipher);
        if (!record)
            return std::unexpected(record.error());
        accounts.append(accountFrom(*record));
    }
    query->finish();
    std::ranges::sort(accounts, [](const api::StaffAccount &a, const api::StaffAccount &b) {
        const QString roleA = roleToWire(a.role), roleB = roleToWire(b.role);
        return std::tie(roleA, a.email, a.id) < std::tie(roleB, b.email, b.id);
    });
    return accounts;
}

// The staff list's custodian flag: the accounts holding a share of the sealed server's current share set.
Result<QList<api::StaffAccount>> markCustodians(Database &database, Result<QList<api::StaffAccount>> accounts)
{
    if (!accounts)
        return accounts;
    auto holders = custodians::userIds(database);
    if (!holders)
        return std::unexpected(holders.error());
    for (api::StaffAccount &account : *accounts)
        account.custodian = holders->contains(account.id);
    return accounts;
}

QByteArray sealed(FieldCipher::Key key, const QString &text, const char *column, qint64 id)
{
    return FieldCipher::seal(key, text, "users", column, id);
}

} // namespace

UserRepository::UserRepository(Database &database, FieldCipher &cipher, Clock clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(std::move(clock))
{
}

QString UserRepository::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

Status UserRepository::validateEmail(const QString &normalisedEmail)
{
    // anchoredPattern: "$" alone would also match before a final line feed.
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(u"[^@\\s]+@[^@\\s]+\\.[^@\\s]+"_s));
    if (normalisedEmail.size() > 254 || !shape.match(normalisedEmail).hasMatch())
        return fail(QString::fromLatin1(api::errc::badRequest),
                    u"\"%1\" is not a valid e-mail address."_s.arg(normalisedEmail.left(254)));
    return {};
}

Result<std::optional<UserRecord>> UserRepository::findWhere(const QString &condition, const QVariant &value)
{
    auto query = m_database.exec(selectUser + u" WHERE "_s + condition, {value});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<UserRecord> {};
    auto record = userFromRow(*query, m_cipher);
    if (!record)
        return std::unexpected(record.error());
    return std::optional<UserRecord> {*record};
}

// Through the blind index: the plain address is never compared in SQL (it is not stored).
Result<std::optional<UserRecord>> UserRepository::findByEmail(const QString &email)
{
    auto index = m_cipher.emailIndex(normaliseEmail(email));
    if (!index)
        return std::unexpected(index.error());
    auto found = findWhere(u"u.email_index = ?"_s, *index);
    if (found && !*found)
        m_decoy.spend(m_cipher);
    return found;
}

Result<std::optional<UserRecord>> UserRepository::findById(qint64 id)
{
    return findWhere(u"u.id = ?"_s, id);
}

Result<qint64> UserRepository::organisationId(const QString &name, bool createIfMissing)
{
    auto query = m_database.exec(u"SELECT id FROM organisations WHERE name = ?"_s, {name});
    if (!query)
        return std::unexpected(query.error());
    if (query->next())
        return query->value(0).toLongLong();
    if (!createIfMissing)
        return fail(QString::fromLatin1(api::errc::notFound), u"No organisation \"%1\"."_s.arg(name));
    auto inserted = m_database.exec(u"INSERT INTO organisations (name, created_at) VALUES (?, ?)"_s,
                                    {name, toDatabaseTime(m_clock())});
    if (!inserted)
        return std::unexpected(inserted.error());
    return inserted->lastInsertId().toLongLong();
}

Result<qint64> UserRepository::create(const NewUser &user)
{
    const QString email = normaliseEmail(user.email);
    if (auto valid = validateEmail(email); !valid)
        return std::unexpected(valid.error());
    if (user.role == Role::ClientStaff && user.organisationName.trimmed().isEmpty() && user.organisationId <= 0)
        return fail(QString::fromLatin1(api::errc::badRequest),
                    u"Client staff accounts need an organisation (--organisation)."_s);
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto existing = findByEmail(email);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(u"conflict"_s, u"An account with e-mail %1 already exists."_s.arg(email));
    QVariant organisation = nullableId(user.organisationId);
    if (!user.organisationName.trimmed().isEmpty()) {
        auto id = organisationId(user.organisationName.trimmed(), true);
        if (!id)
            return std::unexpected(id.error());
        organisation = *id;
    } else if (auto exists = requireOrganisation(user.organisationId); !exists) {
        return std::unexpected(exists.error());
    }
    const QString name = user.displayName.trimmed().isEmpty() ? email : user.displayName.trimmed();
    auto id = m_database.reserveId(u"users"_s);
    auto index = m_cipher.emailIndex(email);
    if (const auto error = firstError(id, index))
        return std::unexpected(*error);
    auto key = m_cipher.subjectKey(*id);
    if (!key)
        return std::unexpected(key.error());
    auto inserted = m_database.exec(
        u"INSERT INTO users (id, email, display_name, email_index, role, organisation_id, password_hash, disabled,"
        " created_at, language, state, email_verified_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"_s,
        {*id, sealed(*key, email, "email", *id), sealed(*key, name, "display_name", *id), *index, roleToWire(user.role),
         organisation, user.invited ? u""_s : user.passwordHash, toDatabaseTime(m_clock()),
         user.language == "en"_L1 ? u"en"_s : u"nl"_s, user.invited ? u"invited"_s : u"active"_s,
         user.emailVerified ? QVariant(toDatabaseTime(m_clock())) : QVariant(QMetaType::fromType<QString>())});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *id;
}

Result<QList<api::StaffAccount>> UserRepository::list()
{
    return markCustodians(m_database, sortedAccounts(m_database.exec(selectUser), m_cipher));
}

Result<api::Page<api::StaffAccount>> UserRepository::page(qint64 offset, qint64 limit, bool staffOnly)
{
    // One statement: one snapshot of the accounts (the custodian flags are read after it).
    auto accounts = markCustodians(m_database, sortedAccounts(m_database.exec(selectUser), m_cipher));
    if (!accounts)
        return std::unexpected(accounts.error());
    if (staffOnly)
        accounts->removeIf([](const api::StaffAccount &account) { return account.role == Role::Viewer; });
    api::Page<api::StaffAccount> page {{}, accounts->size(), offset, limit};
    page.items = accounts->mid(std::min<qint64>(offset, accounts->size()), limit);
    return page;
}

Result<std::optional<api::StaffAccount>> UserRepository::findAccount(qint64 id)
{
    auto record = findById(id);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return std::optional<api::StaffAccount> {};
    auto marked = markCustodians(m_database, QList<api::StaffAccount> {accountFrom(**record)});
    if (!marked)
        return std::unexpected(marked.error());
    return std::optional<api::StaffAccount> {marked->first()};
}

Status UserRepository::checkOrganisationRule(Role role, qint64 organisationId)
{
    if (role == Role::ClientStaff && organisationId <= 0)
        return badRequest(u"Client staff accounts need an organisation."_s);
    if (role != Role::ClientStaff && organisationId != 0)
        return badRequest(u"Only client staff accounts belong to an organisation; use organisationId 0."_s);
    return {};
}

Status UserRepository::requireOrganisation(qint64 organisationId)
{
    if (organisationId <= 0)
        return {};
    auto query = m_database.exec(u"SELECT 1 FROM organisations WHERE id = ?"_s, {organisationId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return badRequest(u"There is no organisation %1."_s.arg(organisationId));
    return {};
}

Result<QList<QString>> UserRepository::setPasswordFromLink(qint64 id, const QString &passwordHash)
{
    auto updated = m_database.exec(u"UPDATE users SET password_hash = ?, state = 'active', email_verified_at = ?,"
                                   " version = version + 1 WHERE id = ?"_s,
                                   {passwordHash, toDatabaseTime(m_clock()), id});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(QString::fromLatin1(api::errc::notFound), u"No account %1."_s.arg(id));
    return sessionRows::remove(m_database, sessionRows::Owner::Account, id);
}

Status UserRepository::changeEmail(qint64 id, const QString &newEmail)
{
    const QString email = normaliseEmail(newEmail);
    if (auto valid = validateEmail(email); !valid)
        return valid;
    auto existing = findByEmail(email);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(QString::fromLatin1(api::errc::conflict), u"Another account has this e-mail address."_s);
    auto index = m_cipher.emailIndex(email);
    auto key = m_cipher.subjectKey(id);
    if (const auto error = firstError(index, key))
        return std::unexpected(*error);
    auto updated = m_database.exec(u"UPDATE users SET email = ?, email_index = ?, email_verified_at = ?,"
                                   " version = version + 1 WHERE id = ?"_s,
                                   {sealed(*key, email, "email", id), *index, toDatabaseTime(m_clock()), id});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(QString::fromLatin1(api::errc::notFound), u"No account %1."_s.arg(id));
    return {};
}

Result<QList<UserRecord>> UserRepository::invited()
{
    auto query = m_database.exec(selectUser + u" WHERE u.state = 'invited' ORDER BY u.id"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<UserRecord> records;
    while (query->next()) {
        auto record = userFromRow(*query, m_cipher);
        if (!record)
            return std::unexpected(record.error());
        records.append(*record);
    }
    return records;
}

Status UserRepository::deleteInvited(qint64 id)
{
    auto deleted = m_database.exec(u"DELETE FROM users WHERE id = ? AND state = 'invited'"_s, {id});
    if (!deleted)
        return std::unexpected(deleted.error());
    if (deleted->numRowsAffected() != 1)
        return std::unexpected(notFound());
    return {};
}

Result<QList<QString>> UserRepository::endAccess(qint64 id)
{
    // The version moves only if this disables the account (update() has already set and counted it).
    auto disabled = m_database.exec(
        u"UPDATE users SET version = version + (CASE WHEN disabled = 0 THEN 1 ELSE 0 END), disabled = 1 WHERE id = ?"_s,
        {id});
    if (!disabled)
        return std::unexpected(disabled.error());
    return sessionRows::remove(m_database, sessionRows::Owner::Account, id);
}

Result<QList<qint64>> UserRepository::dropForeignAssignments(qint64 id, Role role)
{
    auto query = m_database.exec(u"SELECT webinar_id FROM webinar_staff WHERE user_id = ? AND staff_role <> ?"_s,
                                 {id, roleToWire(role)});
    if (!query)
        return std::unexpected(query.error());
    QList<qint64> webinars;
    while (query->next())
        webinars.append(query->value(0).toLongLong());
    query->finish();
    for (qint64 webinar : std::as_const(webinars)) {
        auto dropped =
            m_database.exec(u"DELETE FROM webinar_staff WHERE webinar_id = ? AND user_id = ?"_s, {webinar, id});
        auto bumped = dropped ? m_database.exec(u"UPDATE webinars SET version = version + 1 WHERE id = ?"_s, {webinar})
                              : std::move(dropped);
        if (!bumped)
            return std::unexpected(bumped.error());
    }
    return webinars;
}

Result<AccountChange> UserRepository::update(qint64 id, const api::StaffAccountUpdate &change)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto current = findById(id);
    if (!current || !*current)
        return std::unexpected(current ? Error {QString::fromLatin1(api::errc::notFound), u"No such resource."_s}
                                       : current.error());
    const Role role = change.role.value_or((*current)->info.role);
    const qint64 organisation = change.organisationId.value_or((*current)->info.organisationId);
    if (auto rule = checkOrganisationRule(role, organisation); !rule)
        return std::unexpected(rule.error());
    if (auto exists = requireOrganisation(organisation); !exists)
        return std::unexpected(exists.error());
    auto key = m_cipher.subjectKey(id);
    if (!key)
        return std::unexpected(key.error());
    auto updated =
        m_database.exec(u"UPDATE users SET display_name = COALESCE(?, display_name), role = ?, organisation_id = ?,"
                        " disabled = COALESCE(?, disabled), version = version + 1 WHERE id = ? AND version = ?"_s,
                        {change.displayName ? QVariant(sealed(*key, change.displayName->trimmed(), "display_name", id))
                                            : QVariant(QMetaType::fromType<QByteArray>()),
                         roleToWire(role), nullableId(organisation),
                         change.disabled ? QVariant(*change.disabled ? 1 : 0) : QVariant(QMetaType::fromType<int>()),
                         id, change.version});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(QString::fromLatin1(api::errc::conflict), u"The account was changed in the meantime."_s);
    AccountChange result;
    auto dropped = dropForeignAssignments(id, role);
    if (!dropped)
        return std::unexpected(dropped.error());
    result.changedWebinars = *dropped;
    if (change.disabled.value_or(false)) {
        auto ended = endAccess(id);
        if (!ended)
            return std::unexpected(ended.error());
        result.endedSessions = *ended;
    }
    auto stored = findAccount(id);
    if (!stored || !*stored)
        return std::unexpected(stored ? Error {QString::fromLatin1(api::errc::notFound), u"No such resource."_s}
                                      : stored.error());
    result.account = **stored;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return result;
}

Result<qint64> UserRepository::disable(const QString &email)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto user = findByEmail(email);
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return fail(QString::fromLatin1(api::errc::notFound),
                    u"No account with e-mail %1."_s.arg(normaliseEmail(email)));
    const qint64 id = (*user)->info.id;
    if (auto ended = endAccess(id); !ended)
        return std::unexpected(ended.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<qint64> UserRepository::count()
{
    auto query = m_database.exec(u"SELECT COUNT(*) FROM users"_s);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0).toLongLong() : 0;
}

} // namespace regiekamer::server
