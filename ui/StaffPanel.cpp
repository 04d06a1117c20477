#include "StaffPanel.h"

#include "Rights.h"
#include "WebinarWorkspace.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

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
    m_remove->setObjectName(u"removeStaffButton"_s);
    m_candidates->setObjectName(u"moderatorCandidateCombo"_s);
    m_assign->setObjectName(u"assignModeratorButton"_s);
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

    connect(m_workspace, &client::WebinarWorkspace::detailChanged, this, &StaffPanel::showStaff);
    connect(m_workspace, &client::WebinarWorkspace::actionFailed, this, &StaffPanel::updateButtons);
    connect(m_staff, &QListWidget::currentRowChanged, this, &StaffPanel::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &StaffPanel::onRemove);
    connect(m_assign, &QPushButton::clicked, this, &StaffPanel::onAssign);
    retranslate();
}

void StaffPanel::showStaff()
{
    m_staff->clear();
    const auto &detail = m_workspace->detail();
    const QList<api::StaffAssignment> staff = detail && detail->staff ? *detail->staff : QList<api::StaffAssignment>();
    for (const api::StaffAssignment &member : staff) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(member.displayName, roleDisplayName(member.role)));
        item->setData(userIdRole, member.userId);
        item->setData(roleRole, static_cast<int>(member.role));
        m_staff->addItem(item);
        if (member.role == Role::Moderator)
            m_knownModerators.insert(member.userId, member.displayName);
    }
    fillCandidates(staff);
    updateButtons();
}

void StaffPanel::fillCandidates(const QList<api::StaffAssignment> &staff)
{
    m_candidates->clear();
    for (auto it = m_knownModerators.cbegin(); it != m_knownModerators.cend(); ++it) {
        const bool assigned = std::any_of(staff.cbegin(), staff.cend(), [&](const api::StaffAssignment &member) {
            return member.userId == it.key();
        });
        if (!assigned)
            m_candidates->addItem(it.value(), it.key());
    }
}

void StaffPanel::updateButtons()
{
    const QListWidgetItem *item = m_staff->currentItem();
    m_remove->setEnabled(item && static_cast<Role>(item->data(roleRole).toInt()) == Role::Moderator);
    m_candidates->setEnabled(m_candidates->count() > 0);
    m_assign->setEnabled(m_workspace->detail().has_value() && m_candidates->count() > 0);
}

void StaffPanel::onRemove()
{
    const QListWidgetItem *item = m_staff->currentItem();
    if (!item || static_cast<Role>(item->data(roleRole).toInt()) != Role::Moderator)
        return;
    m_remove->setEnabled(false);
    m_workspace->unassign(item->data(userIdRole).toLongLong());
}

void StaffPanel::onAssign()
{
    if (m_candidates->currentIndex() < 0)
        return;
    m_assign->setEnabled(false);
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
    m_remove->setText(tr("Remove moderator"));
    m_assignCaption->setText(tr("Add &moderator:"));
    m_assign->setText(tr("Assign"));
    m_hint->setText(tr("Moderators you have seen on your webinars in this session can be assigned here. To assign "
                       "someone else, ask an administrator."));
    showStaff();
}

} // namespace regiekamer::ui
