// Account routes of DomainApi: staff accounts (admin) and a viewer's own profile.
#include "http/controllers/DomainApi.h"
#include "protocol/EventTypes.h"

#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"
#include "base/ApiError.h"
#include "http/HttpJson.h"
#include "storage/ProfileRepository.h"
#include "storage/UserRepository.h"

#include <QUrlQuery>

#include <openssl/crypto.h>

namespace regiekamer::server {

using namespace Qt::StringLiterals;
using rights::Action;
using rights::Resource;
using StatusCode = QHttpServerResponse::StatusCode;

namespace {

// The same rule as regiekamer-admin (passwordPolicy::checkStrength), then Argon2id. No copy outlives the call.
Result<QString> hashNewPassword(const PasswordHasher &hasher, QString &password)
{
    QByteArray utf8 = password.toUtf8();
    password.fill(u'\0');
    const QCA::SecureArray secret(utf8);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (auto strong = passwordPolicy::checkStrength(secret); !strong)
        return std::unexpected(strong.error());
    return hasher.hash(secret);
}

// An administrator cannot lock themself out: no disabling or demoting of the caller's own account.
Status checkSelfChange(const api::UserInfo &caller, qint64 id, const api::StaffAccountUpdate &change)
{
    if (id != caller.id)
        return {};
    if (change.disabled.value_or(false) || (change.role && *change.role != caller.role))
        return fail(QString::fromLatin1(api::errc::conflict),
                    u"You cannot disable your own account or change its role."_s);
    return {};
}

} // namespace

Result<api::StaffAccount> DomainApi::accountFor(const api::UserInfo &caller, qint64 id, Action action)
{
    auto stored = m_services.users.findAccount(id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::unexpected(notFound());
    if (auto allowed = m_services.policy.require(caller, Resource::StaffAccount, action, ObjectScope {}); !allowed)
        return std::unexpected(allowed.error());
    return **stored;
}

QHttpServerResponse DomainApi::listUsers(const api::UserInfo &caller, const QList<qint64> &,
                                         const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::StaffAccount, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto paging = domainHttp::paging(QUrlQuery(request.url()));
    if (!paging)
        return http::fromError(paging.error());
    auto page = m_services.users.page(paging->first, paging->second);
    if (!page)
        return http::fromError(page.error());
    return http::json(api::pageToJson(*page));
}

QHttpServerResponse DomainApi::createUser(const api::UserInfo &caller, const QList<qint64> &,
                                          const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::StaffAccount, Action::Create); !allowed)
        return http::fromError(allowed.error());
    auto wanted = domainHttp::body<api::StaffAccountCreate>(request);
    if (!wanted)
        return http::fromError(wanted.error());
    const QString email = UserRepository::normaliseEmail(wanted->email);
    auto valid = UserRepository::validateEmail(email);
    auto rule = valid ? UserRepository::checkOrganisationRule(wanted->role, wanted->organisationId) : valid;
    auto hash =
        rule ? hashNewPassword(m_services.hasher, wanted->password) : Result<QString>(std::unexpected(rule.error()));
    wanted->password.fill(u'\0');
    if (!hash)
        return http::fromError(hash.error());
    auto id = m_services.users.create(
        NewUser {email, wanted->displayName, wanted->role, QString(), *hash, wanted->organisationId});
    auto stored = id ? m_services.users.findAccount(*id) : Result<std::optional<api::StaffAccount>>();
    if (!id || !stored || !*stored)
        return http::fromError(!id ? id.error() : stored ? notFound() : stored.error());
    qInfo("Account %lld (%s) created by user %lld", static_cast<long long>(*id),
          qUtf8Printable(roleToWire(wanted->role)), static_cast<long long>(caller.id));
    return http::json((*stored)->toJson(), StatusCode::Created);
}

QHttpServerResponse DomainApi::getUser(const api::UserInfo &caller, const QList<qint64> &ids,
                                       const QHttpServerRequest &)
{
    auto account = accountFor(caller, ids.at(0), Action::Read);
    if (!account)
        return http::fromError(account.error());
    return http::json(account->toJson());
}

QHttpServerResponse DomainApi::patchUser(const api::UserInfo &caller, const QList<qint64> &ids,
                                         const QHttpServerRequest &request)
{
    if (auto allowed = accountFor(caller, ids.at(0), Action::Update); !allowed)
        return http::fromError(allowed.error());
    auto change = domainHttp::body<api::StaffAccountUpdate>(request);
    if (!change)
        return http::fromError(change.error());
    if (auto self = checkSelfChange(caller, ids.at(0), *change); !self)
        return http::fromError(self.error());
    auto updated = m_services.users.update(ids.at(0), *change);
    if (!updated)
        return http::fromError(updated.error());
    qInfo("Account %lld changed by user %lld (role %s, %s)", static_cast<long long>(ids.at(0)),
          static_cast<long long>(caller.id), qUtf8Printable(roleToWire(updated->account.role)),
          updated->account.disabled ? "disabled" : "enabled");
    for (const QString &tokenHash : std::as_const(updated->endedSessions))
        m_closeSession(tokenHash);
    for (qint64 webinarId : std::as_const(updated->changedWebinars))
        m_publish(QString::fromLatin1(api::event::webinarChanged), webinarId);
    return http::json(updated->account.toJson());
}

QHttpServerResponse DomainApi::getProfile(const api::UserInfo &caller, const QList<qint64> &,
                                          const QHttpServerRequest &)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::OwnProfile, Action::Read); !allowed)
        return http::fromError(allowed.error());
    auto profile = m_services.profiles.find(caller.id);
    if (!profile)
        return http::fromError(profile.error());
    return http::json(profile->toJson());
}

QHttpServerResponse DomainApi::patchProfile(const api::UserInfo &caller, const QList<qint64> &,
                                            const QHttpServerRequest &request)
{
    if (auto allowed = AccessPolicy::requireCollection(caller, Resource::OwnProfile, Action::Update); !allowed)
        return http::fromError(allowed.error());
    auto change = domainHttp::body<api::ProfileUpdate>(request);
    if (!change)
        return http::fromError(change.error());
    auto updated = m_services.profiles.update(caller.id, *change);
    if (!updated)
        return http::fromError(updated.error());
    qInfo("Profile of user %lld changed", static_cast<long long>(caller.id));
    return http::json(updated->toJson());
}

} // namespace regiekamer::server
