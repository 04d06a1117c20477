#include "ProfileRepository.h"

#include "ApiError.h"
#include "Database.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QVariant nullableText(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableFlag(const std::optional<api::ConsentChoice> &consent, bool api::ConsentChoice::*flag)
{
    return consent ? QVariant((*consent).*flag ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

} // namespace

ProfileRepository::ProfileRepository(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

Result<api::Profile> ProfileRepository::find(qint64 userId)
{
    auto query = m_database.exec(
        u"SELECT u.display_name, u.email, COALESCE(p.phone, ''), COALESCE(p.company, ''), COALESCE(p.job_title, ''),"
        " COALESCE(p.consent_recording, 0), COALESCE(p.consent_marketing, 0), p.consent_at, COALESCE(p.version, 1)"
        " FROM users u LEFT JOIN viewer_profiles p ON p.user_id = u.id WHERE u.id = ?"_s,
        {userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(QString::fromLatin1(api::errc::notFound), u"No such resource."_s);
    const QVariant givenAt = query->value(7);
    return api::Profile {query->value(0).toString(),
                         query->value(1).toString(),
                         query->value(2).toString(),
                         query->value(3).toString(),
                         query->value(4).toString(),
                         api::Consent {query->value(5).toBool(), query->value(6).toBool(),
                                       givenAt.isNull() ? QDateTime() : fromDatabaseTime(givenAt)},
                         query->value(8).toLongLong()};
}

Result<api::Profile> ProfileRepository::update(qint64 userId, const api::ProfileUpdate &change)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto created = m_database.exec(
        u"INSERT INTO viewer_profiles (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING"_s, {userId});
    if (!created)
        return std::unexpected(created.error());
    auto updated = m_database.exec(
        u"UPDATE viewer_profiles SET phone = COALESCE(?, phone), company = COALESCE(?, company),"
        " job_title = COALESCE(?, job_title), consent_recording = COALESCE(?, consent_recording),"
        " consent_marketing = COALESCE(?, consent_marketing), consent_at = COALESCE(?, consent_at),"
        " version = version + 1 WHERE user_id = ? AND version = ?"_s,
        {nullableText(change.phone), nullableText(change.company), nullableText(change.jobTitle),
         nullableFlag(change.consent, &api::ConsentChoice::recording),
         nullableFlag(change.consent, &api::ConsentChoice::marketing),
         change.consent ? QVariant(toDatabaseTime(m_clock())) : QVariant(QMetaType::fromType<QString>()), userId,
         change.version});
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return fail(QString::fromLatin1(api::errc::conflict), u"The profile was changed in the meantime."_s);
    if (change.fullName) {
        // The name lives on the account, whose version counts it too.
        auto renamed = m_database.exec(u"UPDATE users SET display_name = ?, version = version + 1 WHERE id = ?"_s,
                                       {change.fullName->trimmed(), userId});
        if (!renamed)
            return std::unexpected(renamed.error());
    }
    auto profile = find(userId);
    if (!profile)
        return std::unexpected(profile.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *profile;
}

} // namespace regiekamer::server
