#include "UserRepository.h"

#include "ApiError.h"
#include "Database.h"

#include <QRegularExpression>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

const QString selectUser = u"SELECT u.id, u.email, u.display_name, u.role, COALESCE(u.organisation_id, 0),"
                           " COALESCE(o.name, ''), u.password_hash, u.disabled"
                           " FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id"_s;

UserRecord userFromRow(const QSqlQuery &query)
{
    UserRecord record;
    record.info.id = query.value(0).toLongLong();
    record.info.email = query.value(1).toString();
    record.info.displayName = query.value(2).toString();
    record.info.role = roleFromWire(query.value(3).toString()).value_or(Role::Viewer);
    record.info.organisationId = query.value(4).toLongLong();
    record.info.organisationName = query.value(5).toString();
    record.passwordHash = query.value(6).toString();
    record.disabled = query.value(7).toBool();
    return record;
}

} // namespace

UserRepository::UserRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QString UserRepository::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

Status UserRepository::validateEmail(const QString &normalisedEmail)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
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
    return std::optional<UserRecord> {userFromRow(*query)};
}

Result<std::optional<UserRecord>> UserRepository::findByEmail(const QString &email)
{
    return findWhere(u"u.email = ?"_s, normaliseEmail(email));
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
    if (user.role == Role::ClientStaff && user.organisationName.trimmed().isEmpty())
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
    QVariant organisation(QMetaType::fromType<qint64>());
    if (!user.organisationName.trimmed().isEmpty()) {
        auto id = organisationId(user.organisationName.trimmed(), true);
        if (!id)
            return std::unexpected(id.error());
        organisation = *id;
    }
    const QString name = user.displayName.trimmed().isEmpty() ? email : user.displayName.trimmed();
    auto inserted = m_database.exec(
        u"INSERT INTO users (email, display_name, role, organisation_id, password_hash, disabled, created_at)"
        " VALUES (?, ?, ?, ?, ?, 0, ?)"_s,
        {email, name, roleToWire(user.role), organisation, user.passwordHash, toDatabaseTime(m_clock())});
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

Result<QList<api::StaffAccount>> UserRepository::list()
{
    auto query = m_database.exec(selectUser + u" ORDER BY u.role, u.email"_s);
    if (!query)
        return std::unexpected(query.error());
    QList<api::StaffAccount> accounts;
    while (query->next()) {
        const UserRecord record = userFromRow(*query);
        accounts.append(api::StaffAccount {record.info.id, record.info.email, record.info.displayName, record.info.role,
                                           record.info.organisationName, record.disabled});
    }
    return accounts;
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
    auto disabled = m_database.exec(u"UPDATE users SET disabled = 1 WHERE id = ?"_s, {id});
    if (!disabled)
        return std::unexpected(disabled.error());
    auto sessions = m_database.exec(u"DELETE FROM sessions WHERE user_id = ?"_s, {id});
    if (!sessions)
        return std::unexpected(sessions.error());
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
