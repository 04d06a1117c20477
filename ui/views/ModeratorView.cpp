#include "views/ModeratorView.h"

#include "panels/PresencePanel.h"
#include "panels/QuestionQueuePanel.h"
#include "panels/WebinarStatePanel.h"
#include "session/SessionController.h"
#include "widgets/MessageBar.h"
#include "widgets/WebinarListSection.h"

#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Columns = client::WebinarListModel;

ModeratorView::ModeratorView(client::SessionController *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(new MessageBar(this))
    , m_webinars(new WebinarListSection([] { return ModeratorView::tr("Webinars you moderate"); }, session->webinars(),
                                        {Columns::Title, Columns::State, Columns::StartsAt, Columns::OpenQuestions},
                                        this))
    , m_state(new WebinarStatePanel(session->workspace(), Role::Moderator, this))
    , m_questions(new QuestionQueuePanel(session->workspace(), Role::Moderator, this))
    , m_presence(new PresencePanel(session->workspace(), Role::Moderator, this))
    , m_detail(new QWidget(this))
{
    setObjectName(u"moderatorView"_s);
    m_detail->setObjectName(u"webinarDetail"_s);
    auto *work = new QSplitter(Qt::Horizontal, m_detail);
    work->addWidget(m_questions);
    work->addWidget(m_presence);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 1);
    work->setSizes({900, 260});
    work->setChildrenCollapsible(false);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_state);
    detailLayout->addWidget(work, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_webinars);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({190, 570});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    client::WebinarWorkspace *workspace = session->workspace();
    connect(m_webinars, &WebinarListSection::webinarSelected, this, &ModeratorView::onWebinarSelected);
    connect(workspace, &client::WebinarWorkspace::actionFailed, m_messages, &MessageBar::showError);
    connect(workspace, &client::WebinarWorkspace::actionSucceeded, m_messages, &MessageBar::showInformation);
    onWebinarSelected(0);
}

void ModeratorView::onWebinarSelected(qint64 webinarId)
{
    m_session->workspace()->setWebinar(webinarId);
    m_detail->setEnabled(webinarId != 0);
}

} // namespace regiekamer::ui
