#include "net/ClientErrors.h"

#include <QCoreApplication>

namespace regiekamer::client::errc {

QString unreachableMessage(const QUrl &server)
{
    return QCoreApplication::translate("ClientErrors",
                                       "Cannot reach the server at %1. Check the address and your network "
                                       "connection, or ask the operator whether the server is running.")
        .arg(server.toDisplayString());
}

QString timeoutMessage(const QUrl &server)
{
    return QCoreApplication::translate("ClientErrors",
                                       "The server at %1 did not answer in time. Try again in a moment.")
        .arg(server.toDisplayString());
}

QString badResponseMessage(const QUrl &server)
{
    return QCoreApplication::translate("ClientErrors",
                                       "The server at %1 sent an answer this app does not understand. Check that "
                                       "the address points to a Regiekamer server of a matching version.")
        .arg(server.toDisplayString());
}

QString notForDesktopMessage()
{
    return QCoreApplication::translate("ClientErrors",
                                       "This account is for attendees. Attendees use the webinar portal in a web "
                                       "browser; the Regiekamer app is for webinar staff only.");
}

} // namespace regiekamer::client::errc
