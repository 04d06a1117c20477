#include "cli/SecondFactorCommand.h"

#include "audit/AuditLog.h"
#include "auth/SecondFactors.h"
#include "cli/CliOutput.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/UserRepository.h"

namespace regiekamer::server::secondFactorCommand {

using namespace Qt::StringLiterals;

int reset(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName,
          const QString &email)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    auto user = UserRepository(database, cipher).findByEmail(email);
    if (!user)
        return cli::failWith(user.error().message);
    if (!*user)
        return cli::failWith(u"No account with e-mail %1."_s.arg(UserRepository::normaliseEmail(email)));
    const qint64 id = (*user)->info.id;
    SecondFactors factors(database, cipher, SecondFactorPolicy {});
    auto removed = factors.remove(id);
    if (!removed)
        return cli::failWith(removed.error().message);
    api::AuditEntry entry = audit::operatorEntry(operatorName, api::auditAction::secondFactorReset, u"second_factor"_s,
                                                 id, u"regiekamer-admin users reset-second-factor"_s);
    entry.subjectUserId = id;
    if (auto appended = log.append(entry); !appended)
        return cli::failWith(appended.error().message);
    if (auto committed = transaction.commit(); !committed)
        return cli::failWith(committed.error().message);
    cli::print(*removed ? u"Removed the second factor of account %1 (id %2): it enrols again at its next sign-in."_s
                              .arg(UserRepository::normaliseEmail(email))
                              .arg(id)
                        : u"Account %1 (id %2) had no second factor; nothing changed but the access log entry."_s
                              .arg(UserRepository::normaliseEmail(email))
                              .arg(id));
    return 0;
}

} // namespace regiekamer::server::secondFactorCommand
