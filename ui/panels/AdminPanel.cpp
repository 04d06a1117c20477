#include "panels/AdminPanel.h"

#include <QEvent>

namespace regiekamer::ui {

AdminPanel::AdminPanel(client::SessionController *session, StatusLine *status, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(status)
{
}

void AdminPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace regiekamer::ui
