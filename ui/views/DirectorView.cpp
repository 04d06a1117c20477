#include "views/DirectorView.h"

#include "panels/AttendeePanel.h"
#include "panels/ProductionPanel.h"
#include "panels/QuestionQueuePanel.h"
#include "panels/ReportPanel.h"
#include "panels/StaffPanel.h"
#include "panels/WebinarStatePanel.h"
#include "session/SessionController.h"
#include "views/AccessLogView.h"
#include "widgets/MessageBar.h"
#include "widgets/WebinarListSection.h"

#include <QEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Columns = client::WebinarListModel;

DirectorView::DirectorView(client::SessionController *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(new MessageBar(this))
    , m_webinars(new WebinarListSection(
          [] { return DirectorView::tr("Webinars assigned to you"); }, session->webinars(),
          {Columns::Title, Columns::State, Columns::StartsAt, Columns::Registrations, Columns::OpenQuestions}, this))
    , m_state(new WebinarStatePanel(session->workspace(), Role::Director, this))
    , m_sections(new QTabWidget(this))
    , m_controlRoom(new QWidget(m_sections))
    , m_accessLog(new AccessLogView(session, Role::Director, m_sections))
    , m_report(new ReportPanel(session, Role::Director, m_sections))
    , m_tabs(new QTabWidget(this))
    , m_attendees(new AttendeePanel(session->workspace(), Role::Director, this))
    , m_staff(new StaffPanel(session->workspace(), Role::Director, this))
    , m_questions(new QuestionQueuePanel(session->workspace(), Role::Director, this))
    , m_production(new ProductionPanel(session, Role::Director, this))
{
    setObjectName(u"directorView"_s);
    m_tabs->setObjectName(u"webinarTabs"_s);
    m_tabs->addTab(m_attendees, QString());
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_questions, QString());
    m_tabs->addTab(m_production, QString());

    auto *detail = new QWidget(this);
    detail->setObjectName(u"webinarDetail"_s);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_state);
    detailLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, m_controlRoom);
    splitter->addWidget(m_webinars);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({430, 830});
    splitter->setChildrenCollapsible(false);
    auto *controlLayout = new QVBoxLayout(m_controlRoom);
    controlLayout->setContentsMargins(0, 0, 0, 0);
    controlLayout->addWidget(splitter);
    m_sections->setObjectName(u"directorSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_controlRoom, QString());
    m_sections->addTab(m_report, QString());
    m_sections->addTab(m_accessLog, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_sections, 1);

    client::WebinarWorkspace *workspace = session->workspace();
    connect(m_webinars, &WebinarListSection::webinarSelected, this, &DirectorView::onWebinarSelected);
    connect(workspace, &client::WebinarWorkspace::actionFailed, m_messages, &MessageBar::showError);
    connect(workspace, &client::WebinarWorkspace::actionSucceeded, m_messages, &MessageBar::showInformation);
    connect(workspace, &client::WebinarWorkspace::decisionUndoable, this, [this, workspace](const QString &text) {
        m_messages->showUndoable(text, [workspace] { workspace->undoLastDecision(); });
    });
    connect(workspace, &client::WebinarWorkspace::unassignUndoable, this, [this, workspace](const QString &text) {
        m_messages->showUndoable(text, [workspace] { workspace->undoLastUnassign(); });
    });
    retranslate();
    onWebinarSelected(0);
}

void DirectorView::onWebinarSelected(qint64 webinarId)
{
    m_session->workspace()->setWebinar(webinarId);
    m_state->parentWidget()->setEnabled(webinarId != 0);
}

void DirectorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DirectorView::retranslate()
{
    m_sections->setTabText(m_sections->indexOf(m_controlRoom), tr("Webinars"));
    m_sections->setTabText(m_sections->indexOf(m_report), tr("Report"));
    m_sections->setTabText(m_sections->indexOf(m_accessLog), tr("Access log"));
    m_tabs->setTabText(m_tabs->indexOf(m_attendees), tr("Attendees"));
    m_tabs->setTabText(m_tabs->indexOf(m_staff), tr("Staff"));
    m_tabs->setTabText(m_tabs->indexOf(m_questions), tr("Questions"));
    m_tabs->setTabText(m_tabs->indexOf(m_production), tr("Go-live"));
}

} // namespace regiekamer::ui
