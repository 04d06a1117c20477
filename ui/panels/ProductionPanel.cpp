#include "panels/ProductionPanel.h"

#include "panels/GoLivePanel.h"
#include "panels/StreamKeyPanel.h"
#include "protocol/Rights.h"
#include "session/SessionController.h"

#include <QFrame>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

ProductionPanel::ProductionPanel(client::SessionController *session, Role role, QWidget *parent)
    : QWidget(parent)
    , m_goLive(new GoLivePanel(session->api(), session->workspace(), role, this))
{
    setObjectName(u"productionPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_goLive, 1);
    if (rights::permits(role, rights::Resource::StreamKey, rights::Action::Read)) {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        layout->addWidget(line);
        m_streamKey = new StreamKeyPanel(session->api(), session->workspace(), role, this);
        layout->addWidget(m_streamKey);
    }
}

} // namespace regiekamer::ui
