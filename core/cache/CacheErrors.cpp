#include "cache/CacheErrors.h"

#include <QCoreApplication>
#include <QLocale>

namespace regiekamer::client::cacheerrc {
QString wrongPasswordMessage()
{
    return QCoreApplication::translate(
        "ClientCache",
        "The password does not open the offline data on this computer. Type the password you last signed in "
        "with on this computer, or sign in again when the server can be reached.");
}

QString otherAccountMessage()
{
    return QCoreApplication::translate(
        "ClientCache",
        "The offline data on this computer belongs to another account and was not used. It will be replaced "
        "the next time you sign in while the server can be reached.");
}

QString damagedMessage()
{
    return QCoreApplication::translate(
        "ClientCache",
        "The offline data on this computer is damaged and cannot be used. It will be rebuilt the next time "
        "you sign in while the server can be reached.");
}

QString damagedRecordMessage(const QString &record)
{
    return QCoreApplication::translate(
               "ClientCache",
               "Part of the offline data (%1) is damaged or was changed and has been skipped. The rest is shown; "
               "it will be loaded again when the server can be reached.")
        .arg(record);
}

QString unavailableMessage(const QString &path)
{
    return QCoreApplication::translate(
               "ClientCache",
               "The offline data cannot be stored in %1. Check that the folder exists and that you may write to it.")
        .arg(path);
}

QString cannotRemoveMessage(const QString &path)
{
    return QCoreApplication::translate(
               "ClientCache",
               "The offline data file %1 could not be removed. Close other copies of Regiekamer and try again.")
        .arg(path);
}

QString lockedMessage()
{
    return QCoreApplication::translate("ClientCache", "The offline data is locked: sign in to open it.");
}

QString readOnlyMessage()
{
    return QCoreApplication::translate(
        "ClientCache", "Offline: read-only. This change can be made when the connection to the server is back.");
}

QString rebuiltMessage()
{
    return QCoreApplication::translate(
        "ClientCache", "The offline data on this computer could not be used and has been started afresh.");
}

QString noOfflineDataMessage(const QString &unreachable)
{
    return unreachable + u' ' +
        QCoreApplication::translate("ClientCache",
                                    "This computer has no offline data for this account: it is kept only after a "
                                    "sign-in while the server can be reached.");
}

QString roleChangedMessage()
{
    return QCoreApplication::translate(
        "ClientCache",
        "Your role or organisation changed on the server: the offline data of the old role was removed.");
}

namespace {

QString shownTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString leaseExpiredMessage(const QDateTime &expiredAt)
{
    if (!expiredAt.isValid())
        return QCoreApplication::translate(
            "ClientCache",
            "The offline data on this computer may no longer be used and has been deleted. Sign in while the server "
            "can be reached: that stores it again.");
    return QCoreApplication::translate(
               "ClientCache",
               "The offline data on this computer expired on %1 and has been deleted. Sign in while the server can be "
               "reached: every such sign-in renews the offline data.")
        .arg(shownTime(expiredAt));
}

QString clockSetBackMessage(const QDateTime &latestSeen)
{
    return QCoreApplication::translate(
               "ClientCache",
               "The computer's clock is earlier than when the offline data was last opened (%1), so it was not "
               "opened. Set the clock right, or sign in while the server can be reached.")
        .arg(shownTime(latestSeen));
}

} // namespace regiekamer::client::cacheerrc
