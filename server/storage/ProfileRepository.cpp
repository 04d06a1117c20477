#include "storage/ProfileRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

QVariant nullableFlag(const std::optional<api::ConsentChoice> &consent, bool api::ConsentChoice::*flag)
{
    return consent ? QVariant((*consent).*flag ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

QVariant sealedOrNull(FieldCipher::Key key, const std::optional<QString> &text, const char *column, qint64 userId)
{
    return text ? QVariant(FieldCipher::seal(key, *text, "viewer_profiles", column, userId))
                : QVariant(QMetaType::fromType<QByteArray>());
}

} // namespace

ProfileRepository::ProfileRepository(Database &database, FieldCipher &cipher, Clock clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(std::move(clock))
{
}

Result<api::Profile> ProfileRepository::find(qint64 userId)
{
    auto query = m_database.exec(
        u"SELECT u.display_name, u.email, p.phone, p.company, p.job_title,"
        " COALESCE(p.consent_recording, 0), COALESCE(p.consent_marketing, 0), p.consent_at, COALESCE(p.version, 1),"
        " p.user_id IS NOT NULL FROM users u LEFT JOIN viewer_profiles p ON p.user_id = u.id WHERE u.id = ?"_s,
        {userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(QString::fromLatin1(api::errc::notFound), u"No such resource."_s);
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    const bool hasProfile = query->value(9).toBool();
    const auto profileField = [&](int column, const char *name) -> Result<QString> {
        return hasProfile ? FieldCipher::open(*key, query->value(column), "viewer_profiles", name, userId) : QString();
    };
    auto name = FieldCipher::open(*key, query->value(0), "users", "display_name", userId);
    auto email = FieldCipher::open(*key, query->value(1), "users", "email", userId);
    auto phone = profileField(2, "phone"), company = profileField(3, "company"),
         jobTitle = profileField(4, "job_title");
    if (const auto error = firstError(name, email, phone, company, jobTitle))
        return std::unexpected(*error);
    const QVariant givenAt = query->value(7);
    return api::Profile {*name,
                         *email,
                         *phone,
                         *company,
                         *jobTitle,
                         api::Consent {query->value(5).toBool(), query->value(6).toBool(),
                                       givenAt.isNull() ? QDateTime() : fromDatabaseTime(givenAt)},
                         query->value(8).toLongLong()};
}

Status ProfileRepository::store(qint64 userId, const QString &phone, const QString &company, const QString &jobTitle,
                                const api::ConsentChoice &consent, const QDateTime &consentAt)
{
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    return m_database.run(
        u"INSERT OR REPLACE INTO viewer_profiles (user_id, phone, company, job_title,"
        " consent_recording, consent_marketing, consent_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {userId, FieldCipher::seal(*key, phone, "viewer_profiles", "phone", userId),
         FieldCipher::seal(*key, company, "viewer_profiles", "company", userId),
         FieldCipher::seal(*key, jobTitle, "viewer_profiles", "job_title", userId), consent.recording ? 1 : 0,
         consent.marketing ? 1 : 0,
         consentAt.isValid() ? QVariant(toDatabaseTime(consentAt)) : QVariant(QMetaType::fromType<QString>())});
}

Result<api::Profile> ProfileRepository::update(qint64 userId, const api::ProfileUpdate &change)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto key = m_cipher.subjectKey(userId);
    if (!key)
        return std::unexpected(key.error());
    // A new profile row holds sealed empty fields (an unsealed empty value would not open).
    const QString empty;
    auto created =
        m_database.exec(u"INSERT INTO viewer_profiles (user_id, phone, company, job_title) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (user_id) DO NOTHING"_s,
                        {userId, FieldCipher::seal(*key, empty, "viewer_profiles", "phone", userId),
                         FieldCipher::seal(*key, empty, "viewer_profiles", "company", userId),
                         FieldCipher::seal(*key, empty, "viewer_profiles", "job_title", userId)});
    if (!created)
        return std::unexpected(created.error());
    auto updated = m_database.exec(
        u"UPDATE viewer_profiles SET phone = COALESCE(?, phone), company = COALESCE(?, company),"
        " job_title = COALESCE(?, job_title), consent_recording = COALESCE(?, consent_recording),"
        " consent_marketing = COALESCE(?, consent_marketing), consent_at = COALESCE(?, consent_at),"
        " version = version + 1 WHERE user_id = ? AND version = ?"_s,
        {sealedOrNull(*key, change.phone, "phone", userId), sealedOrNull(*key, change.company, "company", userId),
         sealedOrNull(*key, change.jobTitle, "job_title", userId),
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
        auto renamed = m_database.exec(
            u"UPDATE users SET display_name = ?, version = version + 1 WHERE id = ?"_s,
            {FieldCipher::seal(*key, change.fullName->trimmed(), "users", "display_name", userId), userId});
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
