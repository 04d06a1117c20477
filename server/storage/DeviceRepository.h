#pragma once

#include "base/Result.h"
#include "db/Clock.h"
#include "protocol/Device.h"
#include "protocol/Session.h"

#include <QList>
#include <QString>

#include <optional>

namespace regiekamer::server {

class Database;
class FieldCipher;

// The computers accounts sign in from with the desktop app (table devices, schema version 9; docs/security.md
// "Devices"). The app's own id of a device is never stored, only hashOf() it; the label is sealed under the account's
// subject key. A revoked device stays in the list (revokedAt) and its sign-ins are refused for good.
class DeviceRepository
{
public:
    DeviceRepository(Database &database, FieldCipher &cipher, Clock clock = systemClock());

    // Lower-case hex SHA-256 of the account id and the app's device id: the same computer gives each account another
    // value, so the table does not tell which accounts share one.
    static QString hashOf(qint64 userId, const QString &clientDeviceId);

    // A sign-in from `device` whose password was right: "device_revoked" when the account revoked it; otherwise the
    // device's row id, the row created on its first sign-in and its label and last sign-in updated on every later one.
    Result<qint64> signIn(qint64 userId, const api::DeviceInfo &device);
    // The account's devices, first seen first; "not_found" when there is no such account.
    Result<QList<api::Device>> list(qint64 userId);
    // Marks device `deviceId` of account `userId` revoked (a second revoke keeps the first time and revoker) and
    // deletes its sessions, returning their token hashes; "not_found" when the account has no such device.
    // revokedBy: the account that revoked it, nullopt for the operator's command line.
    Result<QList<QString>> revoke(qint64 userId, qint64 deviceId, std::optional<qint64> revokedBy);

private:
    Database &m_database;
    FieldCipher &m_cipher;
    Clock m_clock;
};

} // namespace regiekamer::server
