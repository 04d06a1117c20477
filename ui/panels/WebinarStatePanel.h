#pragma once

#include "protocol/Roles.h"
#include "protocol/WebinarState.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace regiekamer::client {
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's title, schedule and state, and (for roles that may change it) a choice of the states it
// may move to next (docs/api.md) with a button that sends the change, and whether new registrations wait for approval
// (a switch that is undone by switching it back). Reads the WebinarWorkspace's detail.
class WebinarStatePanel : public QWidget
{
    Q_OBJECT
public:
    WebinarStatePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();
    void retranslate();
    void onChangeClicked();
    void onApprovalToggled(bool required);

    client::WebinarWorkspace *m_workspace;
    bool m_mayChangeState;
    bool m_mayUpdate;
    QLabel *m_title;
    QLabel *m_schedule;
    QLabel *m_state;
    QLabel *m_changeCaption;
    QComboBox *m_nextState;
    QPushButton *m_change;
    QCheckBox *m_requiresApproval;
};

} // namespace regiekamer::ui
