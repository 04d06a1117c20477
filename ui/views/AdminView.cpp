#include "views/AdminView.h"

#include "panels/AccountsPanel.h"
#include "panels/AssignmentsPanel.h"
#include "panels/BackupPanel.h"
#include "panels/InvitationsPanel.h"
#include "panels/OrganisationsPanel.h"
#include "protocol/Rights.h"
#include "session/SessionController.h"
#include "views/AccessLogView.h"
#include "widgets/StatusLine.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

// Accounts, organisations, assignments and the backups' state; no attendee personal data (the admin never sends an
// access reason).
class AdminView : public QWidget
{
    Q_OBJECT
public:
    AdminView(client::SessionController *session, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFailed(const QString &message);

    QTabWidget *m_tabs;
    StatusLine *m_status;
    QWidget *m_accessLog = nullptr;
    BackupPanel *m_backups = nullptr;
    InvitationsPanel *m_invitations = nullptr;
};

AdminView::AdminView(client::SessionController *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusLine(this))
{
    setObjectName(u"adminView"_s);
    m_tabs->setObjectName(u"adminTabs"_s);
    m_status->setObjectName(u"adminStatusLabel"_s);
    m_tabs->addTab(new AccountsPanel(session, m_status, m_tabs), QString());
    m_invitations = new InvitationsPanel(session, m_status, m_tabs);
    m_tabs->addTab(m_invitations, QString());
    m_tabs->addTab(new OrganisationsPanel(session, m_status, m_tabs), QString());
    m_tabs->addTab(new AssignmentsPanel(session, m_status, m_tabs), QString());
    if (AccessLogView::availableFor(Role::Admin)) {
        m_accessLog = new AccessLogView(session, Role::Admin, m_tabs);
        m_tabs->addTab(m_accessLog, QString());
    }
    if (rights::permits(Role::Admin, rights::Resource::Backup, rights::Action::Read)) {
        m_backups = new BackupPanel(session, m_status, m_tabs);
        m_tabs->addTab(m_backups, QString());
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);
    connect(session->admin(), &client::AdminActions::actionSucceeded, m_status, &StatusLine::succeeded);
    connect(session->admin(), &client::AdminActions::actionFailed, this, &AdminView::onFailed);
    connect(session->workspace(), &client::WebinarWorkspace::actionSucceeded, m_status, &StatusLine::succeeded);
    connect(session->workspace(), &client::WebinarWorkspace::actionFailed, this, &AdminView::onFailed);
    retranslate();
}

void AdminView::onFailed(const QString &message)
{
    if (isVisible())
        m_status->failed(message);
}

void AdminView::retranslate()
{
    m_tabs->setTabText(0, tr("Staff accounts"));
    m_tabs->setTabText(m_tabs->indexOf(m_invitations), tr("Invitations"));
    m_tabs->setTabText(2, tr("Organisations"));
    m_tabs->setTabText(3, tr("Webinars"));
    if (m_accessLog)
        m_tabs->setTabText(m_tabs->indexOf(m_accessLog), tr("Access log"));
    if (m_backups)
        m_tabs->setTabText(m_tabs->indexOf(m_backups), tr("Backups"));
}

void AdminView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace

QWidget *createAdminView(client::SessionController *session, QWidget *parent)
{
    return new AdminView(session, parent);
}

} // namespace regiekamer::ui

#include "AdminView.moc"
