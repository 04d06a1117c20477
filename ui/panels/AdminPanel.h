#pragma once

#include <QWidget>

namespace regiekamer::client {
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class StatusLine;

// What the administrator's panels (accounts, organisations, assignments) share: the session whose admin actions they
// start, the status line that reports how each ended, and new texts when the language switches.
class AdminPanel : public QWidget
{
    Q_OBJECT
protected:
    AdminPanel(client::SessionController *session, StatusLine *status, QWidget *parent);

    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;

    client::SessionController *const m_session;
    StatusLine *const m_status;
};

} // namespace regiekamer::ui
