#pragma once

#include <QWidget>

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class MessageBar;
class PresencePanel;
class QuestionQueuePanel;
class WebinarListSection;
class WebinarStatePanel;

// The moderator's control room (objectName "moderatorView"): the assigned webinars; for the selected one the
// question queue (approve, dismiss, pin, answer) and who is present. Names only: the server sends a moderator
// no e-mail, phone or company, and this view has no place for them.
class ModeratorView : public QWidget
{
    Q_OBJECT
public:
    explicit ModeratorView(client::SessionController *session, QWidget *parent = nullptr);

private:
    void onWebinarSelected(qint64 webinarId);

    client::SessionController *m_session;
    MessageBar *m_messages;
    WebinarListSection *m_webinars;
    WebinarStatePanel *m_state;
    QuestionQueuePanel *m_questions;
    PresencePanel *m_presence;
    QWidget *m_detail;
};

} // namespace regiekamer::ui
