#include "base/ApiError.h"

#include <QCoreApplication>

namespace regiekamer::api {

QString describeApiError(const QString &code)
{
    const auto is = [&code](const char *candidate) { return code == QLatin1StringView(candidate); };
    if (is(errc::invalidCredentials))
        return QCoreApplication::translate("ApiError", "The e-mail address or password is not correct.");
    if (is(errc::deviceRevoked))
        return QCoreApplication::translate("ApiError",
                                           "This computer was removed from your account. Its offline data has been "
                                           "deleted; ask an administrator if this is unexpected.");
    if (is(errc::tooManyAttempts))
        return QCoreApplication::translate("ApiError",
                                           "Too many failed sign-in attempts. Wait a moment and try again.");
    if (is(errc::secondFactorWrong))
        return QCoreApplication::translate("ApiError", "The code is not correct. Type the code your app shows now.");
    if (is(errc::codeReused))
        return QCoreApplication::translate("ApiError",
                                           "This code was already used. Wait for the next code and type that one.");
    if (is(errc::secondFactorLocked))
        return QCoreApplication::translate("ApiError",
                                           "Too many wrong codes: the second factor is locked for a while. Try again "
                                           "later.");
    if (is(errc::challengeInvalid))
        return QCoreApplication::translate("ApiError", "The sign-in took too long. Sign in again.");
    if (is(errc::enrolmentRequired))
        return QCoreApplication::translate("ApiError", "Set up your second factor before you continue.");
    if (is(errc::stepUpRequired))
        return QCoreApplication::translate("ApiError", "Confirm this action with a code from your authenticator app.");
    if (is(errc::secondFactorActive))
        return QCoreApplication::translate("ApiError",
                                           "A second factor is already set up. Remove it first to set up a new one.");
    if (is(errc::noSecondFactor))
        return QCoreApplication::translate("ApiError", "No second factor is set up for this account.");
    if (is(errc::securityKeyInvalid))
        return QCoreApplication::translate("ApiError",
                                           "The security key's answer could not be verified. Try again, or use "
                                           "another key.");
    if (is(errc::securityKeyCounter))
        return QCoreApplication::translate("ApiError",
                                           "This security key was refused: its counter went back, which a copied key "
                                           "would do. Use another key or a code, and tell your administrator.");
    if (is(errc::serverBusy))
        return QCoreApplication::translate("ApiError", "The server is busy. Try again in a moment.");
    if (is(errc::unauthenticated) || is(errc::sessionExpired))
        return QCoreApplication::translate("ApiError", "Your session has ended. Please sign in again.");
    if (is(errc::forbidden))
        return QCoreApplication::translate("ApiError", "Your role does not allow this action.");
    if (is(errc::notFound))
        return QCoreApplication::translate("ApiError", "This item does not exist or is not available to you.");
    if (is(errc::conflict))
        return QCoreApplication::translate("ApiError",
                                           "Someone else changed this in the meantime. Reload it and try again.");
    if (is(errc::capacityFull))
        return QCoreApplication::translate("ApiError",
                                           "The webinar is full: approving this registration would go past its "
                                           "capacity. Raise the capacity in the approval rules, or put the "
                                           "registration on the waiting list.");
    if (is(errc::preflightUnmet))
        return QCoreApplication::translate("ApiError",
                                           "The webinar cannot go live yet: the pre-flight checklist is not complete.");
    if (is(errc::accessLogUnavailable))
        return QCoreApplication::translate("ApiError",
                                           "The server cannot record this access in its access log right now, so it "
                                           "did not carry out the request. Try again later; if this persists, tell "
                                           "the administrator.");
    if (is(errc::accessLogBroken))
        return QCoreApplication::translate("ApiError",
                                           "The server's access log failed its integrity check, so the server serves "
                                           "no data until an administrator has looked into it. Tell the "
                                           "administrator.");
    if (is(errc::shareFileMalformed))
        return QCoreApplication::translate("ApiError", "This file is not a Regiekamer share file, or it is damaged.");
    if (is(errc::sharePassphrase))
        return QCoreApplication::translate("ApiError",
                                           "The passphrase does not open this share file. Check it and try again.");
    if (is(errc::shareMalformed))
        return QCoreApplication::translate("ApiError",
                                           "The server did not accept the share: it is not a share of "
                                           "the right form.");
    if (is(errc::shareForeign))
        return QCoreApplication::translate("ApiError",
                                           "This share belongs to another share set (an earlier deal), so it cannot "
                                           "unseal this server. Use the share file of the current deal.");
    if (is(errc::shareUnknown))
        return QCoreApplication::translate("ApiError", "The server's current share set has no share with this number.");
    if (is(errc::shareWrong))
        return QCoreApplication::translate("ApiError",
                                           "This share does not match the one dealt for its number: the share file "
                                           "is damaged or was changed.");
    if (is(errc::shareRepeated))
        return QCoreApplication::translate("ApiError",
                                           "This share was given already; another custodian's share is needed.");
    if (is(errc::badRequest) || is(errc::payloadTooLarge) || is(errc::lengthRequired) || is(errc::uriTooLong) ||
        is(errc::headersTooLarge) || is(errc::requestTimeout) || is(errc::notImplemented))
        return QCoreApplication::translate("ApiError", "The server did not accept the request.");
    return QCoreApplication::translate("ApiError", "The server reported an internal error. Try again later.");
}

} // namespace regiekamer::api

namespace regiekamer {

using namespace Qt::StringLiterals;

Error notFound()
{
    return Error {QString::fromLatin1(api::errc::notFound), u"No such resource."_s};
}

Error conflict(const QString &message)
{
    return Error {QString::fromLatin1(api::errc::conflict), message};
}

std::unexpected<Error> badRequest(const QString &message)
{
    return fail(QString::fromLatin1(api::errc::badRequest), message);
}

Error forbidden()
{
    return Error {QString::fromLatin1(api::errc::forbidden), u"Your role does not allow this action."_s};
}

} // namespace regiekamer
