#include "panels/AssignmentsPanel.h"

#include "dialogs/WebinarDialog.h"
#include "panels/StreamKeyPanel.h"
#include "resources/ActionIcons.h"
#include "session/SessionController.h"
#include "widgets/ButtonContextMenu.h"
#include "widgets/MessageBar.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/StateMarks.h"
#include "widgets/StatusLine.h"
#include "widgets/TableSection.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

using Columns = client::WebinarListModel;
constexpr int idRole = Qt::UserRole + 2;

} // namespace

AssignmentsPanel::AssignmentsPanel(client::SessionController *session, StatusLine *status, QWidget *parent)
    : AdminPanel(session, status, parent)
    , m_webinars(new TableSection([] { return AssignmentsPanel::tr("All webinars"); }, session->webinars(),
                                  Columns::SortRole, this))
    , m_staff(new QTableView(this))
    , m_staffModel(new QStandardItemModel(0, 2, m_staff))
    , m_candidates(new QComboBox(this))
    , m_assign(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_newWebinar(new QPushButton(this))
    , m_editWebinar(new QPushButton(this))
    , m_deleteWebinar(new QPushButton(this))
    , m_undoBar(new MessageBar(this))
{
    m_webinars->setObjectName(u"webinarSection"_s);
    m_webinars->table()->setObjectName(u"webinarTable"_s);
    m_webinars->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_webinars->table()->setItemDelegateForColumn(
        Columns::State, new StateMarkDelegate(StateMarkDelegate::Kind::WebinarState, m_webinars->table()));
    m_webinars->showOnlyColumns({Columns::Title, Columns::Organisation, Columns::State, Columns::StartsAt,
                                 Columns::Registrations, Columns::OpenQuestions});
    m_staff->setObjectName(u"assignedStaffTable"_s);
    m_staff->setModel(m_staffModel);
    m_staff->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staff->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staff->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_staff->verticalHeader()->hide();
    m_staff->horizontalHeader()->setStretchLastSection(true);
    m_candidates->setObjectName(u"assignCombo"_s);
    m_assign->setObjectName(u"assignButton"_s);
    m_remove->setObjectName(u"removeAssignmentButton"_s);
    m_assign->setIcon(resources::actionIcon(resources::ActionIcon::Add));
    m_remove->setIcon(resources::actionIcon(resources::ActionIcon::Remove));
    m_newWebinar->setIcon(resources::actionIcon(resources::ActionIcon::Add));
    m_deleteWebinar->setIcon(resources::actionIcon(resources::ActionIcon::Remove));
    markNeedsServer(m_assign);
    markNeedsServer(m_remove);
    auto *webinarActions = new QHBoxLayout;
    for (auto [button, name] :
         {std::pair(m_newWebinar, u"newWebinarButton"_s), std::pair(m_editWebinar, u"editWebinarButton"_s),
          std::pair(m_deleteWebinar, u"deleteWebinarButton"_s)}) {
        button->setObjectName(name);
        markNeedsServer(button);
        webinarActions->addWidget(button);
    }
    webinarActions->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_candidates, 1);
    actions->addWidget(m_assign);
    actions->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_webinars, 2);
    layout->addLayout(webinarActions);
    layout->addWidget(m_undoBar);
    layout->addWidget(m_staff, 1);
    layout->addLayout(actions);
    layout->addWidget(new StreamKeyPanel(session->api(), session->workspace(), Role::Admin, this)); // set, rotate
    connect(m_webinars->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssignmentsPanel::onWebinarSelected);
    connect(session->workspace(), &client::WebinarWorkspace::detailChanged, this, &AssignmentsPanel::showStaff);
    connect(session->staffAccounts(), &QAbstractItemModel::modelReset, this, &AssignmentsPanel::fillCandidates);
    connect(m_assign, &QPushButton::clicked, this, &AssignmentsPanel::assign);
    offerButtonsInContextMenu(m_staff, {m_remove});
    connect(m_remove, &QPushButton::clicked, this, &AssignmentsPanel::unassign);
    connect(m_staff->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AssignmentsPanel::updateRemove);
    connect(m_newWebinar, &QPushButton::clicked, this, [this] { openWebinarDialog(false); });
    connect(m_editWebinar, &QPushButton::clicked, this, [this] { openWebinarDialog(true); });
    connect(m_deleteWebinar, &QPushButton::clicked, this, &AssignmentsPanel::deleteWebinar);
    client::WebinarWorkspace *workspace = session->workspace();
    connect(workspace, &client::WebinarWorkspace::unassignUndoable, this, [this, workspace](const QString &text) {
        if (isVisible())
            m_undoBar->showUndoable(text, [workspace] { workspace->undoLastUnassign(); });
    });
    retranslate();
}

void AssignmentsPanel::onWebinarSelected()
{
    const QModelIndex current = m_webinars->table()->currentIndex();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_webinars->table()->model());
    const int row = current.isValid() && proxy ? proxy->mapToSource(current).row() : -1;
    const auto &webinars = m_session->webinars()->webinars();
    m_session->workspace()->setWebinar(row >= 0 && row < webinars.size() ? webinars.at(row).id : 0);
}

// Directors and moderators of the open webinar (the admin's WebinarDetail carries the staff list).
void AssignmentsPanel::showStaff()
{
    m_staffModel->removeRows(0, m_staffModel->rowCount());
    const auto &detail = m_session->workspace()->detail();
    if (detail && detail->staff) {
        for (const api::StaffAssignment &assignment : *detail->staff) {
            auto *name = new QStandardItem(assignment.displayName);
            name->setData(assignment.userId, idRole);
            m_staffModel->appendRow({name, new QStandardItem(roleDisplayName(assignment.role))});
        }
    }
    const bool open = detail.has_value();
    m_assign->setEnabled(open && m_candidates->count() > 0);
    updateRemove();
}

void AssignmentsPanel::fillCandidates()
{
    m_candidates->clear();
    for (const api::StaffAccount &account : m_session->staffAccounts()->accounts()) {
        if (account.disabled || (account.role != Role::Director && account.role != Role::Moderator))
            continue;
        m_candidates->addItem(tr("%1 (%2)").arg(account.displayName.value_or(QString()), roleDisplayName(account.role)),
                              account.id);
        m_candidates->setItemData(m_candidates->count() - 1, roleToWire(account.role), idRole);
    }
    showStaff();
}

void AssignmentsPanel::assign()
{
    const qint64 userId = m_candidates->currentData().toLongLong();
    const auto role = roleFromWire(m_candidates->currentData(idRole).toString());
    if (userId == 0 || !role || !m_session->workspace()->detail())
        return;
    m_status->expect(tr("%1 has been assigned to the webinar.").arg(m_candidates->currentText()));
    m_session->workspace()->assign(userId, *role);
}

// Only the selected person, and only after a question that names them and the webinar.
void AssignmentsPanel::unassign()
{
    const QModelIndexList rows = m_staff->selectionModel()->selectedRows();
    const auto &detail = m_session->workspace()->detail();
    if (rows.isEmpty() || !detail)
        return;
    const QString name = rows.first().data().toString();
    const qint64 userId = rows.first().data(idRole).toLongLong();
    askToConfirm(
        this,
        {u"removeAssignmentBox"_s, tr("Remove the assignment?"),
         tr("%1 will no longer work on \"%2\" and loses access to its data at once.").arg(name, detail->summary.title),
         tr("Remove %1").arg(name), u"removeAssignmentConfirmButton"_s, tr("Keep the assignment")},
        [this, name, userId] {
            m_status->expect(tr("%1 no longer works on this webinar.").arg(name));
            m_session->workspace()->unassign(userId);
        });
}

void AssignmentsPanel::updateRemove()
{
    const bool selected = m_staff->selectionModel() && m_staff->selectionModel()->hasSelection();
    const bool open = m_session->workspace()->detail().has_value();
    m_remove->setEnabled(open && selected);
    m_editWebinar->setEnabled(open);
    m_deleteWebinar->setEnabled(open);
}

void AssignmentsPanel::openWebinarDialog(bool editSelected)
{
    const auto &detail = m_session->workspace()->detail();
    if (editSelected && !detail)
        return;
    client::AdminActions *admin = m_session->admin();
    auto *dialog =
        new WebinarDialog(admin->organisations(), editSelected ? std::optional(detail->summary) : std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WebinarDialog::created, this, [this, admin](const api::WebinarCreate &request) {
        m_status->expect(tr("The webinar \"%1\" was created as a draft.").arg(request.title));
        admin->createWebinar(request);
    });
    connect(dialog, &WebinarDialog::edited, this, [this, admin](qint64 id, const api::WebinarUpdate &change) {
        m_status->expect(tr("The changes to \"%1\" were saved.").arg(change.title.value_or(QString())));
        admin->editWebinar(id, change);
    });
    dialog->open();
}

// Deleting cannot be undone: it asks, naming the webinar, its state and how many registrations go with it.
void AssignmentsPanel::deleteWebinar()
{
    const auto &detail = m_session->workspace()->detail();
    if (!detail)
        return;
    const api::WebinarSummary webinar = detail->summary;
    askToConfirm(this,
                 {u"deleteWebinarBox"_s, tr("Delete the webinar?"),
                  tr("\"%1\" (%2) is deleted with its %n registration(s) and all its questions. This cannot be "
                     "undone.",
                     nullptr, int(webinar.registrationCount))
                      .arg(webinar.title, webinarStateDisplayName(webinar.state)),
                  tr("Delete the webinar"), u"deleteWebinarConfirmButton"_s, tr("Keep it")},
                 [this, webinar] {
                     m_status->expect(tr("The webinar \"%1\" was deleted.").arg(webinar.title));
                     m_session->admin()->deleteWebinar(webinar.id);
                 });
}

void AssignmentsPanel::retranslate()
{
    m_staffModel->setHorizontalHeaderLabels({tr("Assigned staff"), tr("Role")});
    m_staff->setAccessibleName(tr("Assigned staff"));
    m_candidates->setAccessibleName(tr("Staff member to assign"));
    m_assign->setText(tr("Assign"));
    m_remove->setText(tr("Remove assignment"));
    m_newWebinar->setText(tr("&New webinar …"));
    m_editWebinar->setText(tr("&Edit …"));
    m_deleteWebinar->setText(tr("Delete …"));
    fillCandidates();
}

} // namespace regiekamer::ui
