#pragma once

#include "protocol/Roles.h"
#include "protocol/WebinarState.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace regiekamer::client {
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's title, schedule and state, and (for roles that may change it) one button for each state it
// may move to next (docs/api.md), so no destructive step is ever pre-selected: going live, ending and archiving ask
// first. Also whether new registrations wait for approval (a switch that is undone by switching it back). Reads the
// WebinarWorkspace's detail.
class WebinarStatePanel : public QWidget
{
    Q_OBJECT
public:
    WebinarStatePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    static QString stateButtonName(WebinarState target); // objectName of the button that moves to target

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();
    void retranslate();
    void onStateChosen(WebinarState target);
    static QString stateButtonText(WebinarState from, WebinarState target);
    void onApprovalToggled(bool required);

    client::WebinarWorkspace *m_workspace;
    bool m_mayChangeState;
    bool m_mayUpdate;
    QLabel *m_title;
    QLabel *m_schedule;
    QLabel *m_state;
    QLabel *m_changeCaption;
    QMap<WebinarState, QPushButton *> m_stateButtons; // one per state; only the allowed next ones are shown
    QCheckBox *m_requiresApproval;
};

} // namespace regiekamer::ui
