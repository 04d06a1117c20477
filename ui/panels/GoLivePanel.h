#pragma once

#include "protocol/GoLive.h"
#include "protocol/Roles.h"
#include "protocol/Webinar.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class ApiClient;
class GoLiveStatus;
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// Going live, in the director's webinar state area: the server's pre-flight checklist (a tick or a cross per check and
// what to do about it), a countdown to the scheduled start, an on-air indicator with elapsed and remaining time while
// live (starts_at + duration), "Go live anyway …" with a reason when the checklist is not complete, and the webinar's
// timeline (every state change with who and when), following the webinar.changed event.
class GoLivePanel : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    GoLivePanel(client::ApiClient *api, client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    client::GoLiveStatus *status() const { return m_status; }
    void setClock(Clock clock); // tests set the time
    static QString itemName(api::PreflightCheck check); // objectName of a check's label
    // Translated: "Starts in 1 h 05 min", "Start time passed 3 min ago", "Live for 0:12:34 · 0:47:26 left".
    static QString countdownText(const api::WebinarSummary &webinar, const QDateTime &now);
    static QString airTimeText(const api::WebinarSummary &webinar, const QDateTime &wentLive, const QDateTime &now);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showChecklist();
    void tick();
    void onOverride();
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    client::GoLiveStatus *m_status;
    Clock m_clock;
    QLabel *m_checklistHeading;
    QMap<api::PreflightCheck, QLabel *> m_items;
    QLabel *m_onAir;
    QLabel *m_time;
    QPushButton *m_override;
    QLabel *m_timelineHeading;
    QTableView *m_timeline;
    QTimer m_ticker;
};

} // namespace regiekamer::ui
