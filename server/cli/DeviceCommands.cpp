#include "cli/DeviceCommands.h"

#include "audit/AuditLog.h"
#include "base/ApiError.h"
#include "cli/CliOutput.h"
#include "db/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/UserRepository.h"

namespace regiekamer::server::deviceCommands {

using namespace Qt::StringLiterals;

namespace {

// The id of the account with this e-mail address, or the message that says why there is none.
Result<qint64> accountId(Database &database, FieldCipher &cipher, const QString &email)
{
    auto user = UserRepository(database, cipher).findByEmail(email);
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return fail(QString::fromLatin1(api::errc::notFound),
                    u"No account with e-mail %1."_s.arg(UserRepository::normaliseEmail(email)));
    return (*user)->info.id;
}

api::AuditEntry deviceEntry(const QString &operatorName, const char *action, qint64 deviceId, qint64 userId,
                            const QString &command)
{
    api::AuditEntry entry = audit::operatorEntry(operatorName, action, u"device"_s, deviceId, command);
    entry.subjectUserId = userId;
    return entry;
}

QString shortTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm'Z'"_s);
}

void printDevices(const QList<api::Device> &devices)
{
    cli::print(u"%1  %2  %3  %4  %5"_s.arg(u"ID"_s, -4)
                   .arg(u"LABEL"_s, -32)
                   .arg(u"FIRST SIGN-IN"_s, -17)
                   .arg(u"LAST SIGN-IN"_s, -17)
                   .arg(u"STATUS"_s));
    for (const api::Device &device : devices) {
        cli::print(u"%1  %2  %3  %4  %5"_s.arg(device.id, -4)
                       .arg(device.label.isEmpty() ? u"-"_s : device.label, -32)
                       .arg(shortTime(device.firstSeen), -17)
                       .arg(shortTime(device.lastSeen), -17)
                       .arg(device.revokedAt.isValid() ? u"revoked "_s + shortTime(device.revokedAt) : u"active"_s));
    }
}

} // namespace

int list(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName,
         const QString &email)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    auto userId = accountId(database, cipher, email);
    if (!userId)
        return cli::failWith(userId.error().message);
    auto devices = DeviceRepository(database, cipher).list(*userId);
    if (!devices)
        return cli::failWith(devices.error().message);
    api::AuditEntry entry =
        deviceEntry(operatorName, api::auditAction::read, 0, *userId, u"regiekamer-admin device list"_s);
    entry.rowCount = devices->size();
    if (auto appended = log.append(entry); !appended || !transaction.commit())
        return cli::failWith(u"The read was not logged, so nothing is shown: %1"_s.arg(
            appended ? u"the commit failed"_s : appended.error().message));
    printDevices(*devices);
    return 0;
}

int revoke(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName,
           const QString &email, qint64 deviceId)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    auto userId = accountId(database, cipher, email);
    if (!userId)
        return cli::failWith(userId.error().message);
    auto ended = DeviceRepository(database, cipher).revoke(*userId, deviceId, std::nullopt);
    if (!ended) {
        return cli::failWith(
            ended.error().code == QLatin1StringView(api::errc::notFound)
                ? u"Account %1 has no device %2 (see: device list)."_s.arg(UserRepository::normaliseEmail(email))
                      .arg(deviceId)
                : ended.error().message);
    }
    auto appended = log.append(
        deviceEntry(operatorName, api::auditAction::remove, deviceId, *userId, u"regiekamer-admin device revoke"_s));
    if (!appended)
        return cli::failWith(appended.error().message);
    if (auto committed = transaction.commit(); !committed)
        return cli::failWith(committed.error().message);
    cli::print(u"Revoked device %1 of %2 and ended its %3 session(s). A running server closes their event streams "
               "within 30 seconds."_s.arg(deviceId)
                   .arg(UserRepository::normaliseEmail(email))
                   .arg(ended->size()));
    return 0;
}

} // namespace regiekamer::server::deviceCommands
