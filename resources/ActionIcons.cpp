#include "resources/ActionIcons.h"

#include "resources/AppIcon.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace regiekamer::resources {

namespace {

QString fileStem(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::Add:
        return u"add"_s;
    case ActionIcon::Answer:
        return u"answer"_s;
    case ActionIcon::Approve:
        return u"approve"_s;
    case ActionIcon::Dismiss:
        return u"dismiss"_s;
    case ActionIcon::Export:
        return u"export"_s;
    case ActionIcon::Pin:
        return u"pin"_s;
    case ActionIcon::Reject:
        return u"reject"_s;
    case ActionIcon::Remove:
        return u"remove"_s;
    case ActionIcon::Undo:
        return u"undo"_s;
    case ActionIcon::StateDraft:
        return u"state-draft"_s;
    case ActionIcon::StateScheduled:
        return u"state-scheduled"_s;
    case ActionIcon::StateRehearsal:
        return u"state-rehearsal"_s;
    case ActionIcon::StateLive:
        return u"state-live"_s;
    case ActionIcon::StateEnded:
        return u"state-ended"_s;
    case ActionIcon::StateArchived:
        return u"state-archived"_s;
    }
    return {};
}

} // namespace

QIcon actionIcon(ActionIcon icon)
{
    static QHash<ActionIcon, QIcon> loaded;
    if (const auto known = loaded.constFind(icon); known != loaded.cend())
        return *known;
    registerResources();
    QIcon made;
    for (const int size : {16, 32})
        made.addFile(u":/actions/%1-%2.png"_s.arg(fileStem(icon)).arg(size), QSize(size, size));
    loaded.insert(icon, made);
    return made;
}

} // namespace regiekamer::resources
