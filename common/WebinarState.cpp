#include "WebinarState.h"

#include "WireNames.h"

#include <QCoreApplication>

namespace regiekamer {
namespace {

constexpr WireTable<WebinarState, 6> wireNames {{
    {WebinarState::Draft, "draft"},
    {WebinarState::Scheduled, "scheduled"},
    {WebinarState::Rehearsal, "rehearsal"},
    {WebinarState::Live, "live"},
    {WebinarState::Ended, "ended"},
    {WebinarState::Archived, "archived"},
}};

} // namespace

QString webinarStateToWire(WebinarState state)
{
    return enumToWire(wireNames, state);
}

std::optional<WebinarState> webinarStateFromWire(const QString &wire)
{
    return enumFromWire(wireNames, wire);
}

QString webinarStateDisplayName(WebinarState state)
{
    switch (state) {
    case WebinarState::Draft:
        return QCoreApplication::translate("WebinarState", "Draft");
    case WebinarState::Scheduled:
        return QCoreApplication::translate("WebinarState", "Scheduled");
    case WebinarState::Rehearsal:
        return QCoreApplication::translate("WebinarState", "Rehearsal");
    case WebinarState::Live:
        return QCoreApplication::translate("WebinarState", "Live");
    case WebinarState::Ended:
        return QCoreApplication::translate("WebinarState", "Ended");
    case WebinarState::Archived:
        return QCoreApplication::translate("WebinarState", "Archived");
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace regiekamer
