#pragma once

#include <QWidget>

class QTabWidget;

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class AccessLogView;
class ReportPanel;
class AttendeePanel;
class MessageBar;
class ProductionPanel;
class QuestionQueuePanel;
class StaffPanel;
class WebinarListSection;
class WebinarStatePanel;

// The director's control room (objectName "directorView"): the assigned webinars; for the selected one its
// schedule and state with the allowed state changes, the attendees with approve/reject, the staff with
// moderator assignment, and the question queue; next to it the access log of the assigned webinars ("sections").
// Failures show in a message bar above it.
class DirectorView : public QWidget
{
    Q_OBJECT
public:
    explicit DirectorView(client::SessionController *session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onWebinarSelected(qint64 webinarId);
    void retranslate();

    client::SessionController *m_session;
    MessageBar *m_messages;
    WebinarListSection *m_webinars;
    WebinarStatePanel *m_state;
    QTabWidget *m_sections;
    QWidget *m_controlRoom;
    AccessLogView *m_accessLog;
    ReportPanel *m_report;
    QTabWidget *m_tabs;
    AttendeePanel *m_attendees;
    StaffPanel *m_staff;
    QuestionQueuePanel *m_questions;
    ProductionPanel *m_production; // go-live checklist, timeline, stream key
};

} // namespace regiekamer::ui
