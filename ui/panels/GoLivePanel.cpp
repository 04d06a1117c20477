#include "panels/GoLivePanel.h"

#include "models/TimelineModel.h"
#include "session/GoLiveStatus.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ReadOnlyGate.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

namespace {

// "1:05:09" for seconds.
QString clockText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

GoLivePanel::GoLivePanel(client::ApiClient *api, client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_status(new client::GoLiveStatus(api, workspace, role, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_checklistHeading(new QLabel(this))
    , m_onAir(new QLabel(this))
    , m_time(new QLabel(this))
    , m_override(new QPushButton(this))
    , m_timelineHeading(new QLabel(this))
    , m_timeline(new QTableView(this))
{
    setObjectName(u"goLivePanel"_s);
    m_onAir->setObjectName(u"onAirIndicator"_s);
    m_onAir->setStyleSheet(u"QLabel { background: #c62828; color: white; font-weight: bold; padding: 2px 8px; }"_s);
    m_time->setObjectName(u"goLiveTimeLabel"_s);
    m_override->setObjectName(u"goLiveOverrideButton"_s);
    m_override->setAutoDefault(false);
    markNeedsServer(m_override);
    m_timeline->setObjectName(u"timelineTable"_s);
    m_timeline->setModel(m_status->timeline());
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->horizontalHeader()->setSectionResizeMode(client::TimelineModel::When, QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(client::TimelineModel::Change, QHeaderView::ResizeToContents);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QFont bold = m_checklistHeading->font();
    bold.setBold(true);
    m_checklistHeading->setFont(bold);
    m_timelineHeading->setFont(bold);

    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_onAir);
    timeRow->addWidget(m_time, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(timeRow);
    layout->addWidget(m_checklistHeading);
    for (const api::PreflightCheck check : api::allPreflightChecks()) {
        auto *label = new QLabel(this);
        label->setObjectName(itemName(check));
        label->setWordWrap(true);
        layout->addWidget(label);
        m_items.insert(check, label);
    }
    layout->addWidget(m_override, 0, Qt::AlignLeft);
    layout->addWidget(m_timelineHeading);
    layout->addWidget(m_timeline, 1);
    const bool mayChange = m_status->mayChangeState();
    m_checklistHeading->setVisible(mayChange);
    for (QLabel *label : std::as_const(m_items))
        label->setVisible(mayChange);

    m_ticker.setInterval(std::chrono::seconds(1));
    connect(&m_ticker, &QTimer::timeout, this, &GoLivePanel::tick);
    m_ticker.start();
    connect(m_status, &client::GoLiveStatus::preflightChanged, this, &GoLivePanel::showChecklist);
    connect(m_workspace, &client::WebinarWorkspace::detailChanged, this, &GoLivePanel::showChecklist);
    connect(m_status->timeline(), &QAbstractItemModel::modelReset, this, &GoLivePanel::tick);
    connect(m_override, &QPushButton::clicked, this, &GoLivePanel::onOverride);
    retranslate();
}

void GoLivePanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

QString GoLivePanel::itemName(api::PreflightCheck check)
{
    return u"preflightItem_"_s + api::preflightCheckToWire(check);
}

QString GoLivePanel::countdownText(const api::WebinarSummary &webinar, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(webinar.startsAt);
    if (seconds >= 0)
        return tr("Starts in %1").arg(clockText(seconds));
    return tr("The scheduled start was %1 ago").arg(clockText(-seconds));
}

QString GoLivePanel::airTimeText(const api::WebinarSummary &webinar, const QDateTime &wentLive, const QDateTime &now)
{
    const QDateTime since = wentLive.isValid() ? wentLive : webinar.startsAt;
    const QDateTime ends = webinar.startsAt.addSecs(webinar.durationMinutes * 60);
    const qint64 left = now.secsTo(ends);
    const QString elapsed = clockText(since.secsTo(now));
    if (left >= 0)
        return tr("Live for %1 · %2 left").arg(elapsed, clockText(left));
    return tr("Live for %1 · %2 over time").arg(elapsed, clockText(-left));
}

void GoLivePanel::tick()
{
    const auto &detail = m_workspace->detail();
    const WebinarState state = detail ? detail->summary.state : WebinarState::Draft;
    const bool live = detail && state == WebinarState::Live;
    m_onAir->setVisible(live);
    if (!detail || (!live && state != WebinarState::Scheduled && state != WebinarState::Rehearsal)) {
        m_time->setText(detail ? webinarStateDisplayName(state) : QString());
        return;
    }
    const QDateTime now = m_clock();
    m_time->setText(live ? airTimeText(detail->summary, m_status->timeline()->wentLiveAt(), now)
                         : countdownText(detail->summary, now));
}

void GoLivePanel::showChecklist()
{
    const auto &preflight = m_status->preflight();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto item = preflight ? std::ranges::find(preflight->items, it.key(), &api::PreflightItem::check)
                                    : QList<api::PreflightItem>::const_iterator();
        const bool known = preflight && item != preflight->items.cend();
        const bool passed = known && item->passed;
        QString text = (passed ? u"✓ "_s : known ? u"✗ "_s : u"· "_s) + api::preflightCheckLabel(it.key());
        if (known && !passed)
            text += u" — "_s + api::preflightCheckHint(it.key());
        it.value()->setText(text);
        it.value()->setAccessibleName(
            known ? (passed ? tr("%1: done") : tr("%1: not done")).arg(api::preflightCheckLabel(it.key()))
                  : api::preflightCheckLabel(it.key()));
    }
    const auto &detail = m_workspace->detail();
    const bool canGoLive = detail && isTransitionAllowed(detail->summary.state, WebinarState::Live);
    m_override->setVisible(m_status->mayChangeState() && canGoLive && preflight && !preflight->ready());
    tick();
}

void GoLivePanel::onOverride()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"goLiveOverrideDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Go live without a complete checklist?"));
    dialog->setLabelText(tr("The pre-flight checklist is not complete. Why go live anyway? The reason is kept in the "
                            "access log, for the client to see."));
    dialog->setOkButtonText(tr("Go live anyway"));
    dialog->setCancelButtonText(tr("Not yet"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &reason) {
        if (reason.trimmed().size() >= api::minimumOverrideReasonLength)
            m_workspace->changeState(WebinarState::Live, reason.trimmed());
    });
    dialog->open();
}

void GoLivePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GoLivePanel::retranslate()
{
    m_checklistHeading->setText(tr("Pre-flight checklist"));
    m_onAir->setText(tr("ON AIR"));
    m_onAir->setAccessibleName(tr("The webinar is on air"));
    m_override->setText(tr("Go live &anyway …"));
    m_override->setToolTip(tr("Goes live although the checklist is not complete; asks for the reason first."));
    m_timelineHeading->setText(tr("Timeline"));
    m_timeline->setAccessibleName(tr("Timeline of state changes"));
    m_time->setAccessibleName(tr("Time until or since the start"));
    showChecklist();
}

} // namespace regiekamer::ui
