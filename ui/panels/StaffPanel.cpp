#include "panels/StaffPanel.h"

#include "protocol/Rights.h"
#include "resources/ActionIcons.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ButtonContextMenu.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

constexpr int userIdRole = Qt::UserRole;
constexpr int roleRole = Qt::UserRole + 1;

} // namespace

StaffPanel::StaffPanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_mayAssign(rights::permits(role, rights::Resource::Webinar, rights::Action::Assign))
    , m_heading(new QLabel(this))
    , m_staff(new QListWidget(this))
    , m_remove(new QPushButton(this))
    , m_assignCaption(new QLabel(this))
    , m_candidates(new QComboBox(this))
    , m_assign(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"staffPanel"_s);
    m_staff->setObjectName(u"staffList"_s);
    m_staff->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_remove->setObjectName(u"removeStaffButton"_s);
    m_candidates->setObjectName(u"moderatorCandidateCombo"_s);
    m_assign->setObjectName(u"assignModeratorButton"_s);
    m_assign->setIcon(resources::actionIcon(resources::ActionIcon::Add));
    m_remove->setIcon(resources::actionIcon(resources::ActionIcon::Remove));
    markNeedsServer(m_remove);
    markNeedsServer(m_assign);
    m_hint->setObjectName(u"staffHintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: palette(mid);"_s);
    m_assignCaption->setBuddy(m_candidates);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading, 0, 0, 1, 3);
    layout->addWidget(m_staff, 1, 0, 1, 3);
    layout->addWidget(m_remove, 2, 2);
    layout->addWidget(m_assignCaption, 3, 0);
    layout->addWidget(m_candidates, 3, 1);
    layout->addWidget(m_assign, 3, 2);
    layout->addWidget(m_hint, 4, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_assignCaption),
          static_cast<QWidget *>(m_candidates), static_cast<QWidget *>(m_assign), static_cast<QWidget *>(m_hint)})
        widget->setVisible(m_mayAssign);

    connect(m_workspace, &client::WebinarWorkspace::detailChanged, this, &StaffPanel::onDetailChanged);
    connect(m_workspace, &client::WebinarWorkspace::staffCandidatesChanged, this, &StaffPanel::fillCandidates);
    connect(m_workspace, &client::WebinarWorkspace::staffCandidatesFailed, this, &StaffPanel::onCandidatesFailed);
    connect(m_workspace, &client::WebinarWorkspace::actionFailed, this, &StaffPanel::onActionFailed);
    connect(m_workspace, &client::WebinarWorkspace::actionSucceeded, this, [this] {
        m_staffChangePending = false;
        updateButtons();
    });
    connect(m_staff, &QListWidget::currentRowChanged, this, &StaffPanel::updateButtons);
    offerButtonsInContextMenu(m_staff, {m_remove});
    connect(m_remove, &QPushButton::clicked, this, &StaffPanel::onRemove);
    connect(m_assign, &QPushButton::clicked, this, &StaffPanel::onAssign);
    retranslate();
}

// Every (re)load of the detail may have changed the staff, so the candidates are asked for again.
void StaffPanel::onDetailChanged()
{
    showStaff();
    if (m_mayAssign && m_workspace->detail())
        m_workspace->loadStaffCandidates();
}

void StaffPanel::showStaff()
{
    const QVariant current = m_staff->currentItem() ? m_staff->currentItem()->data(userIdRole) : QVariant();
    m_staff->clear();
    const auto &detail = m_workspace->detail();
    const QList<api::StaffAssignment> staff = detail && detail->staff ? *detail->staff : QList<api::StaffAssignment>();
    for (const api::StaffAssignment &member : staff) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(member.displayName, roleDisplayName(member.role)));
        item->setData(userIdRole, member.userId);
        item->setData(roleRole, static_cast<int>(member.role));
        m_staff->addItem(item);
        if (current.isValid() && item->data(userIdRole) == current)
            m_staff->setCurrentItem(item);
    }
    updateButtons();
}

// The server's candidates, minus anyone the (possibly newer) staff list already holds.
void StaffPanel::fillCandidates()
{
    const QVariant previous = m_candidates->currentData();
    const auto &detail = m_workspace->detail();
    const QList<api::StaffAssignment> staff = detail && detail->staff ? *detail->staff : QList<api::StaffAssignment>();
    m_candidatesLoaded = detail.has_value();
    m_candidateFailure.clear();
    m_candidates->clear();
    for (const api::StaffAssignment &candidate : m_workspace->staffCandidates()) {
        const bool assigned = std::ranges::any_of(
            staff, [&](const api::StaffAssignment &member) { return member.userId == candidate.userId; });
        if (candidate.role == Role::Moderator && !assigned)
            m_candidates->addItem(candidate.displayName, candidate.userId);
    }
    if (const int index = m_candidates->findData(previous); index >= 0)
        m_candidates->setCurrentIndex(index);
    showHint();
    updateButtons();
}

void StaffPanel::onCandidatesFailed(const QString &message)
{
    m_candidateFailure = message;
    showHint();
    updateButtons();
}

// A refused assign or remove (403, 404, 409 …) means this view was stale: ask for the candidates again.
void StaffPanel::onActionFailed()
{
    if (std::exchange(m_staffChangePending, false) && m_workspace->detail())
        m_workspace->loadStaffCandidates();
    updateButtons();
}

void StaffPanel::showHint()
{
    const bool failed = !m_candidateFailure.isEmpty();
    m_hint->setProperty("error", failed);
    m_hint->setStyleSheet(failed ? u"color: #b00020;"_s : u"color: palette(mid);"_s);
    if (failed) {
        m_hint->setText(tr("The moderators you can assign could not be loaded. %1 Select the webinar again to "
                           "retry.")
                            .arg(m_candidateFailure));
    } else if (m_candidatesLoaded && m_candidates->count() == 0) {
        m_hint->setText(tr("Every active moderator is already assigned to this webinar."));
    } else {
        m_hint->setText(tr("Active moderators who are not yet assigned to this webinar can be added here. Directors "
                           "are assigned by an administrator."));
    }
}

void StaffPanel::updateButtons()
{
    const QListWidgetItem *item = m_staff->currentItem();
    const bool idle = !m_staffChangePending;
    m_remove->setEnabled(idle && item && static_cast<Role>(item->data(roleRole).toInt()) == Role::Moderator);
    m_candidates->setEnabled(m_candidates->count() > 0);
    m_assign->setEnabled(idle && m_workspace->detail().has_value() && m_candidates->count() > 0);
}

void StaffPanel::onRemove()
{
    const QListWidgetItem *item = m_staff->currentItem();
    const auto &detail = m_workspace->detail();
    if (!item || !detail || static_cast<Role>(item->data(roleRole).toInt()) != Role::Moderator)
        return;
    const qint64 userId = item->data(userIdRole).toLongLong();
    const QString name = m_workspace->staffName(userId);
    askToConfirm(this,
                 {u"removeModeratorBox"_s, tr("Remove the moderator?"),
                  tr("%1 will no longer moderate \"%2\" and loses access to its questions at once. You can undo "
                     "this for a few seconds.")
                      .arg(name, detail->summary.title),
                  tr("Remove %1").arg(name), u"removeModeratorConfirmButton"_s, tr("Keep the moderator")},
                 [this, userId] {
                     m_staffChangePending = true;
                     updateButtons();
                     m_workspace->unassign(userId);
                 });
}

void StaffPanel::onAssign()
{
    if (m_candidates->currentIndex() < 0)
        return;
    m_staffChangePending = true;
    updateButtons();
    m_workspace->assign(m_candidates->currentData().toLongLong(), Role::Moderator);
}

void StaffPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffPanel::retranslate()
{
    m_heading->setText(tr("Staff"));
    m_staff->setAccessibleName(m_heading->text());
    m_remove->setText(tr("Remove moderator"));
    m_assignCaption->setText(tr("Add &moderator:"));
    m_assign->setText(tr("Assign"));
    showStaff();
    showHint();
}

} // namespace regiekamer::ui
