#include "resources/AppIcon.h"

#include <QString>

// Resources compiled into a static library are registered only when something refers to them; Q_INIT_RESOURCE
// must be called outside any namespace.
static void registerIconResources()
{
    Q_INIT_RESOURCE(regiekamer);
}

namespace regiekamer::resources {

QList<int> applicationIconSizes()
{
    return {16, 32, 48, 64, 128, 256, 512};
}

void registerResources()
{
    static const bool registered = [] {
        registerIconResources();
        return true;
    }();
    Q_UNUSED(registered);
}

QIcon applicationIcon()
{
    registerResources();
    QIcon icon;
    for (const int size : applicationIconSizes())
        icon.addFile(QStringLiteral(":/icons/regiekamer-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace regiekamer::resources
