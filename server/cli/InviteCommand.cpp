#include "cli/InviteCommand.h"

#include "accounts/Invitations.h"
#include "audit/AuditLog.h"
#include "auth/AccountTokens.h"
#include "auth/PasswordHasher.h"
#include "cli/CliOutput.h"
#include "db/Database.h"
#include "mail/Outbox.h"
#include "protocol/AuditEntry.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>

namespace regiekamer::server::inviteCommand {

using namespace Qt::StringLiterals;

namespace {

Result<api::InvitationRequest> requestFrom(const QCommandLineParser &parser, UserRepository &users)
{
    const auto role = roleFromWire(parser.value(u"role"_s));
    if (parser.value(u"email"_s).isEmpty() || !role)
        return fail(u"usage"_s, u"user add --invite needs --email and a --role."_s);
    if (*role == Role::Viewer)
        return fail(u"usage"_s, u"Viewers register themselves; invitations are for staff roles."_s);
    const QString language = parser.isSet(u"language"_s) ? parser.value(u"language"_s) : u"nl"_s;
    if (language != "nl"_L1 && language != "en"_L1)
        return fail(u"usage"_s, u"--language is nl or en."_s);
    api::InvitationRequest request {parser.value(u"email"_s), parser.value(u"name"_s), *role, 0, language};
    if (request.displayName.trimmed().isEmpty())
        request.displayName = UserRepository::normaliseEmail(request.email);
    const QString organisation = parser.value(u"organisation"_s).trimmed();
    if (*role == Role::ClientStaff) {
        if (organisation.isEmpty())
            return fail(u"usage"_s, u"Client staff accounts need --organisation."_s);
        auto id = users.organisationId(organisation, true);
        if (!id)
            return std::unexpected(id.error());
        request.organisationId = *id;
    }
    return request;
}

} // namespace

int run(Database &database, KeyStore &keys, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
        const QString &operatorName)
{
    const QUrl publicUrl(parser.value(u"public-url"_s), QUrl::StrictMode);
    if (!publicUrl.isValid() || publicUrl.scheme() != "https"_L1 || publicUrl.host().isEmpty())
        return cli::failWith(u"user add --invite needs --public-url https://HOST: the address in the mail's link."_s);
    auto hasher = PasswordHasher::create();
    if (!hasher)
        return cli::failWith(hasher.error().message);
    UserRepository users(database, cipher);
    AccountTokens tokens(database);
    mail::Outbox outbox(database, keys, QString());
    Invitations invitations(AccountServices {database, users, tokens, outbox, cipher, *hasher, log, publicUrl});
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    auto request = requestFrom(parser, users);
    if (!request)
        return cli::failWith(request.error().message);
    auto invited = invitations.invite(*request);
    if (!invited)
        return cli::failWith(invited.error().message);
    auto appended = log.append(audit::operatorEntry(operatorName, api::auditAction::invite, u"invitation"_s,
                                                    invited->id, u"regiekamer-admin user add --invite"_s));
    if (!appended)
        return cli::failWith(appended.error().message);
    if (auto committed = transaction.commit(); !committed)
        return cli::failWith(committed.error().message);
    cli::print(
        u"Invited %1 as %2 (account %3); the link in the mail works until %4. The running server sends the mail."_s
            .arg(invited->email, roleToWire(invited->role))
            .arg(invited->id)
            .arg(invited->expiresAt.toString(Qt::ISODate)));
    return 0;
}

} // namespace regiekamer::server::inviteCommand
