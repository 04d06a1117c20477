#pragma once

#include <QIcon>
#include <QList>

namespace regiekamer::resources {

// The application icon from the compiled-in resources (resources/regiekamer.qrc), one pixmap per size it is
// rendered in, so every size is drawn, not scaled. main() makes it the window icon of the whole application.
QIcon applicationIcon();

// Makes the compiled-in resources (resources/regiekamer.qrc) readable under ":/"; once, whoever calls it first.
void registerResources();

// The sizes of applicationIcon() in pixels, smallest first: 16, 32, 48, 64, 128, 256, 512.
QList<int> applicationIconSizes();

} // namespace regiekamer::resources
