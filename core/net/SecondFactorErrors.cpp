#include "net/SecondFactorErrors.h"

#include "base/ApiError.h"

#include <QCoreApplication>

namespace regiekamer::client {
namespace {

QString messageFor(const QString &code)
{
    const auto is = [&code](const char *candidate) { return code == QLatin1StringView(candidate); };
    if (is("invalid_code") || is("wrong_code") || is("invalid_second_factor"))
        return QCoreApplication::translate("SecondFactorErrors", "The code is not correct. Type the code your authenticator app shows now, or use a recovery "
                  "code.");
    if (is("code_reused"))
        return QCoreApplication::translate("SecondFactorErrors", "This code was used already. Wait for the next code of your authenticator app.");
    if (is("second_factor_locked"))
        return QCoreApplication::translate("SecondFactorErrors", "Too many wrong codes: the second factor is locked for 15 minutes.");
    if (is("recovery_code_invalid") || is("invalid_recovery_code"))
        return QCoreApplication::translate("SecondFactorErrors", "The recovery code is not correct or was used already.");
    if (is("challenge_expired") || is("invalid_challenge") || is("challenge_invalid"))
        return QCoreApplication::translate("SecondFactorErrors", "The sign-in took too long. Type your password again.");
    if (is(errc::enrolmentRequired))
        return QCoreApplication::translate("SecondFactorErrors", "Set up your second factor first (Account menu: Second factor).");
    if (is(errc::stepUpRequired))
        return QCoreApplication::translate("SecondFactorErrors", "This needs your second factor: confirm it with a code and try again.");
    if (is(errc::sealed))
        return QCoreApplication::translate("SecondFactorErrors", "The server is sealed: its custodians must unseal it before anyone can sign in.");
    if (is("not_sealed"))
        return QCoreApplication::translate("SecondFactorErrors", "The server is not sealed (any more): sign in as usual.");
    if (is("share_malformed"))
        return QCoreApplication::translate("SecondFactorErrors", "The share in this file is damaged. Ask for a new share file.");
    if (is("share_foreign"))
        return QCoreApplication::translate("SecondFactorErrors", "This share belongs to another share set than the server's: it is an old or another server's "
                  "share file.");
    if (is("share_unknown"))
        return QCoreApplication::translate("SecondFactorErrors", "The server has no custodian with this share's number: the share file is not of this server.");
    if (is("share_wrong"))
        return QCoreApplication::translate("SecondFactorErrors", "The server does not recognise this share: the file is damaged or of another share set.");
    if (is("share_repeated"))
        return QCoreApplication::translate("SecondFactorErrors", "This share was given already. Another custodian must give theirs.");
    return {};
}

} // namespace

Error describeSecondFactorError(const Error &error)
{
    const QString mine = messageFor(error.code);
    if (mine.isEmpty())
        return error;
    // ReplyDecoding appends "You can try again in N seconds." (Retry-After) to the generic text: keep that part.
    const QString generic = api::describeApiError(error.code);
    const QString rest = error.message.startsWith(generic) ? error.message.mid(generic.size()) : QString();
    return Error {error.code, mine + rest};
}

bool challengeEnded(const Error &error)
{
    return error.code.contains(QLatin1StringView("challenge")) ||
        error.code == QLatin1StringView(api::errc::unauthenticated) ||
        error.code == QLatin1StringView(api::errc::sessionExpired) ||
        error.code == QLatin1StringView(api::errc::invalidToken);
}

} // namespace regiekamer::client
