#include "panels/WebinarStatePanel.h"

#include "protocol/Rights.h"
#include "session/WebinarWorkspace.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/StateMarks.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

WebinarStatePanel::WebinarStatePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_mayChangeState(rights::permits(role, rights::Resource::Webinar, rights::Action::ChangeState))
    , m_mayUpdate(rights::permits(role, rights::Resource::Webinar, rights::Action::Update))
    , m_title(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_state(new QLabel(this))
    , m_changeCaption(new QLabel(this))
    , m_requiresApproval(new QCheckBox(this))
{
    setObjectName(u"webinarStatePanel"_s);
    m_title->setObjectName(u"webinarTitleLabel"_s);
    m_schedule->setObjectName(u"webinarScheduleLabel"_s);
    m_state->setObjectName(u"webinarStateLabel"_s);
    markLastKnown(m_state);
    m_requiresApproval->setObjectName(u"requiresApprovalCheck"_s);
    markNeedsServer(m_requiresApproval);
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);

    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(m_changeCaption);
    using enum WebinarState;
    for (WebinarState state : {Draft, Scheduled, Rehearsal, Live, Ended, Archived}) {
        auto *button = new QPushButton(this);
        button->setObjectName(stateButtonName(state));
        button->setIcon(webinarStateIcon(state));
        button->setAutoDefault(false); // Enter in the window never changes a state
        markNeedsServer(button);
        changeRow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, state] { onStateChosen(state); });
        m_stateButtons.insert(state, button);
    }
    changeRow->addStretch();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_schedule, 1, 0);
    layout->addWidget(m_state, 1, 1, Qt::AlignRight);
    layout->addLayout(changeRow, 2, 0, 1, 2);
    layout->addWidget(m_requiresApproval, 3, 0, 1, 2);
    m_requiresApproval->setVisible(m_mayUpdate);
    m_changeCaption->setVisible(m_mayChangeState);

    connect(m_workspace, &client::WebinarWorkspace::detailChanged, this, &WebinarStatePanel::showDetail);
    connect(m_workspace, &client::WebinarWorkspace::actionFailed, this, &WebinarStatePanel::showDetail);
    connect(m_requiresApproval, &QCheckBox::clicked, this, &WebinarStatePanel::onApprovalToggled);
    retranslate();
}

void WebinarStatePanel::showDetail()
{
    const auto &detail = m_workspace->detail();
    setEnabled(detail.has_value());
    const QList<WebinarState> next = detail ? allowedNextStates(detail->summary.state) : QList<WebinarState> {};
    for (auto it = m_stateButtons.cbegin(); it != m_stateButtons.cend(); ++it) {
        it.value()->setVisible(m_mayChangeState && next.contains(it.key()));
        it.value()->setEnabled(next.contains(it.key()));
        if (detail)
            it.value()->setText(stateButtonText(detail->summary.state, it.key()));
    }
    if (!detail) {
        m_title->setText(tr("No webinar selected"));
        m_schedule->clear();
        m_state->clear();
        m_requiresApproval->setChecked(false);
        return;
    }
    const api::WebinarSummary &webinar = detail->summary;
    m_title->setText(webinar.title);
    const QLocale locale;
    const QDateTime starts = webinar.startsAt.toLocalTime();
    m_schedule->setText(tr("Starts %1 at %2 · %n minute(s)", nullptr, static_cast<int>(webinar.durationMinutes))
                            .arg(locale.toString(starts.date(), QLocale::LongFormat),
                                 locale.toString(starts.time(), QLocale::ShortFormat)));
    m_state->setText(tr("State: %1").arg(webinarStateDisplayName(webinar.state)));
    m_requiresApproval->setChecked(webinar.requiresApproval);
    m_requiresApproval->setEnabled(true);
}

void WebinarStatePanel::onApprovalToggled(bool required)
{
    m_requiresApproval->setEnabled(false); // until the answer (detailChanged, or actionFailed) arrives
    m_workspace->setRequiresApproval(required);
}

QString WebinarStatePanel::stateButtonName(WebinarState target)
{
    return u"stateButton_"_s + webinarStateToWire(target);
}

// What the button does, from where the webinar is now; "…" where it asks first.
QString WebinarStatePanel::stateButtonText(WebinarState from, WebinarState target)
{
    switch (target) {
    case WebinarState::Draft:
        return tr("Back to draft");
    case WebinarState::Scheduled:
        return from == WebinarState::Rehearsal ? tr("End the rehearsal") : tr("Schedule");
    case WebinarState::Rehearsal:
        return tr("Start the rehearsal");
    case WebinarState::Live:
        return tr("Go live …");
    case WebinarState::Ended:
        return tr("End the webinar …");
    case WebinarState::Archived:
        break;
    }
    return tr("Archive …");
}

void WebinarStatePanel::onStateChosen(WebinarState target)
{
    const auto &detail = m_workspace->detail();
    if (!detail || !isTransitionAllowed(detail->summary.state, target))
        return;
    const auto apply = [this, target] {
        for (QPushButton *button : std::as_const(m_stateButtons))
            button->setEnabled(false); // until the answer (detailChanged) arrives
        m_workspace->changeState(target);
    };
    const api::WebinarSummary &webinar = detail->summary;
    const int audience = static_cast<int>(webinar.registrationCount);
    if (target == WebinarState::Live) {
        askToConfirm(this,
                     {u"goLiveBox"_s, tr("Go live?"),
                      tr("\"%1\" goes live for its %n registered attendee(s): they can join through their personal "
                         "links from now on.",
                         nullptr, audience)
                          .arg(webinar.title),
                      tr("Go live now"), u"goLiveConfirmButton"_s, tr("Not yet")},
                     apply);
    } else if (target == WebinarState::Ended || target == WebinarState::Archived) {
        const bool ending = target == WebinarState::Ended;
        askToConfirm(this,
                     {u"endWebinarBox"_s, ending ? tr("End the webinar?") : tr("Archive the webinar?"),
                      ending ? tr("\"%1\" ends for its %n registered attendee(s), and an ended webinar cannot go live "
                                  "again.",
                                  nullptr, audience)
                                   .arg(webinar.title)
                             : tr("\"%1\" moves to the archive; it cannot be changed back.").arg(webinar.title),
                      ending ? tr("End the webinar") : tr("Archive it"), u"endWebinarConfirmButton"_s,
                      ending ? tr("Keep it running") : tr("Keep it")},
                     apply);
    } else {
        apply();
    }
}

void WebinarStatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WebinarStatePanel::retranslate()
{
    m_changeCaption->setText(tr("Next step:"));
    for (auto it = m_stateButtons.cbegin(); it != m_stateButtons.cend(); ++it) {
        it.value()->setToolTip(tr("Moves the webinar to the state %1; everyone working on it sees the change.")
                                   .arg(webinarStateDisplayName(it.key())));
    }
    m_requiresApproval->setText(tr("New registrations &wait for approval"));
    m_requiresApproval->setToolTip(tr("Off: a registration is approved at once and its personal join link is mailed "
                                      "right away. Existing registrations keep their state."));
    showDetail();
}

} // namespace regiekamer::ui
