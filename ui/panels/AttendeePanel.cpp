#include "panels/AttendeePanel.h"

#include "models/RegistrationFilterModel.h"
#include "protocol/Rights.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ReadOnlyGate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using client::RegistrationModel;

AttendeePanel::AttendeePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new client::RegistrationFilterModel(this))
    , m_mayDecide(rights::permits(role, rights::Resource::Registration, rights::Action::Update))
    , m_searchContact(rights::mayReadField(role, rights::Resource::Registration, rights::FieldClass::Contact))
    , m_search(new QLineEdit(this))
    , m_approval(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
{
    setObjectName(u"attendeePanel"_s);
    m_search->setObjectName(u"attendeeSearchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_approval->setObjectName(u"approvalFilterCombo"_s);
    m_count->setObjectName(u"attendeeCountLabel"_s);
    m_table->setObjectName(u"attendeeTable"_s);
    m_approve->setObjectName(u"approveRegistrationButton"_s);
    m_reject->setObjectName(u"rejectRegistrationButton"_s);
    markNeedsServer(m_approve);
    markNeedsServer(m_reject);

    m_filter->setRegistrations(workspace->registrations());
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_approval, 1);
    filters->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    m_approve->setVisible(m_mayDecide);
    m_reject->setVisible(m_mayDecide);

    connect(m_search, &QLineEdit::textChanged, m_filter, &client::RegistrationFilterModel::setSearchText);
    connect(m_approval, &QComboBox::currentIndexChanged, this, &AttendeePanel::onApprovalFilterChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AttendeePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AttendeePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AttendeePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AttendeePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AttendeePanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttendeePanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    client::PagedLoader *loader = workspace->registrationLoader();
    connect(loader, &client::PagedLoader::progress, this, [this] { m_filter->setLoading(true); });
    connect(loader, &client::PagedLoader::finished, this, [this] {
        m_filter->setLoading(false);
        m_table->resizeColumnsToContents();
        updateCount();
    });
    retranslate();
}

QTableView *AttendeePanel::table() const
{
    return m_table;
}

client::RegistrationFilterModel *AttendeePanel::filterModel() const
{
    return m_filter;
}

qint64 AttendeePanel::selectedRegistrationId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_filter->idAt(rows.first().row());
}

void AttendeePanel::fillApprovalFilter()
{
    const QSignalBlocker blocker(m_approval);
    const int current = std::max(0, m_approval->currentIndex());
    m_approval->clear();
    m_approval->addItem(tr("All registrations"), -1);
    for (auto state : {api::ApprovalState::Pending, api::ApprovalState::Approved, api::ApprovalState::Rejected})
        m_approval->addItem(RegistrationModel::approvalDisplayName(state), static_cast<int>(state));
    m_approval->setCurrentIndex(current);
}

void AttendeePanel::onApprovalFilterChanged()
{
    const int state = m_approval->currentData().toInt();
    m_filter->setApprovalFilter(state < 0 ? std::nullopt
                                          : std::optional<api::ApprovalState>(static_cast<api::ApprovalState>(state)));
    updateCount();
}

void AttendeePanel::updateCount()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(m_workspace->registrations()->rowCount()));
    updateButtons();
}

void AttendeePanel::updateButtons()
{
    const qint64 id = selectedRegistrationId();
    const int row = m_workspace->registrations()->rowOfId(id);
    const auto &registration = row < 0 ? std::nullopt : m_workspace->registrations()->rowAt(row).data.registration;
    m_approve->setEnabled(registration && registration->approvalState != api::ApprovalState::Approved);
    m_reject->setEnabled(registration && registration->approvalState != api::ApprovalState::Rejected);
}

void AttendeePanel::decide(bool approve)
{
    const qint64 id = selectedRegistrationId();
    if (id == 0)
        return;
    m_workspace->setApproval(id, approve ? api::ApprovalState::Approved : api::ApprovalState::Rejected);
}

void AttendeePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttendeePanel::retranslate()
{
    m_search->setPlaceholderText(m_searchContact ? tr("Search by name, e-mail or company") : tr("Search by name"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject"));
    m_approve->setToolTip(tr("Approve the selected registration"));
    m_reject->setToolTip(tr("Reject the selected registration"));
    fillApprovalFilter();
    updateCount();
}

} // namespace regiekamer::ui
