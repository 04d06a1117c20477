#pragma once

#include "protocol/Roles.h"

#include <QWidget>

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class GoLivePanel;
class StreamKeyPanel;

// The "Go-live" tab of the selected webinar (objectName "productionPanel"): the checklist, countdown, on-air time and
// timeline (GoLivePanel) above the stream key (StreamKeyPanel, for roles with a right on stream keys).
class ProductionPanel : public QWidget
{
    Q_OBJECT
public:
    ProductionPanel(client::SessionController *session, Role role, QWidget *parent = nullptr);

    GoLivePanel *goLive() const { return m_goLive; }
    StreamKeyPanel *streamKey() const { return m_streamKey; } // nullptr without a right on stream keys

private:
    GoLivePanel *m_goLive;
    StreamKeyPanel *m_streamKey = nullptr;
};

} // namespace regiekamer::ui
