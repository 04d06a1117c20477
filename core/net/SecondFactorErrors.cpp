#include "net/SecondFactorErrors.h"

#include "base/ApiError.h"

#include <QCoreApplication>

namespace regiekamer::client {
namespace {

// The codes describeApiError leaves generic: what the sign-in window says about a sealed server.
QString messageFor(const QString &code)
{
    if (code == QLatin1StringView(errc::sealed))
        return QCoreApplication::translate("SecondFactorErrors",
                                           "The server is sealed: its key custodians must unseal it before anyone "
                                           "can sign in.");
    if (code == QLatin1StringView(errc::notSealed))
        return QCoreApplication::translate("SecondFactorErrors",
                                           "The server is not sealed (any more): sign in as usual.");
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
    return error.code == QLatin1StringView(api::errc::challengeInvalid) ||
        error.code == QLatin1StringView(api::errc::unauthenticated) ||
        error.code == QLatin1StringView(api::errc::sessionExpired) ||
        error.code == QLatin1StringView(api::errc::invalidToken);
}

} // namespace regiekamer::client
