#pragma once

#include "protocol/Session.h"

#include <QString>

namespace regiekamer::client {

// This installation as a device of the accounts that sign in from it (attack review finding 9): a random 16-byte id
// (32 lower-case hex digits), made at first use and kept in the client settings ("device/id"); it says nothing about
// any server or account. The label is the computer's host name, so the account's device list shows where it is.
namespace deviceidentity {

// The id (created and stored at the first call) and the label; sent with every sign-in.
api::DeviceInfo thisDevice();
// A host name as a label: control characters removed, trimmed, at most DeviceInfo::maximumLabelLength characters.
QString labelFrom(const QString &hostName);
// Whether a stored id has the form the server accepts.
bool isValidId(const QString &id);

} // namespace deviceidentity
} // namespace regiekamer::client
