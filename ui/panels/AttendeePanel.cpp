#include "panels/AttendeePanel.h"

#include "dialogs/ApprovalRulesDialog.h"
#include "models/RegistrationFilterModel.h"
#include "panels/RoomActions.h"
#include "protocol/Rights.h"
#include "resources/ActionIcons.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ButtonContextMenu.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/StateMarks.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

// Filter choices: -1 = all, otherwise the enum value (approval) or 0/1 (present).
constexpr int any = -1;

QComboBox *filterCombo(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QPushButton *serverButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    markNeedsServer(button);
    return button;
}

} // namespace

AttendeePanel::AttendeePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new client::RegistrationFilterModel(this))
    , m_searchContact(rights::mayReadField(role, rights::Resource::Registration, rights::FieldClass::Contact))
    , m_search(new QLineEdit(this))
    , m_approval(filterCombo(u"approvalFilterCombo"_s, this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_approvalMarks(new StateMarkDelegate(StateMarkDelegate::Kind::ApprovalState, this))
{
    setObjectName(u"attendeePanel"_s);
    m_search->setObjectName(u"attendeeSearchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"attendeeCountLabel"_s);
    if (rights::permits(role, rights::Resource::Registration, rights::Action::Export)) {
        m_title = new QLabel(this);
        QFont font = m_title->font();
        font.setBold(true);
        m_title->setFont(font);
        m_present = filterCombo(u"presentFilter"_s, this);
        m_export = serverButton(u"exportButton"_s, this);
        m_export->setIcon(resources::actionIcon(resources::ActionIcon::Export));
    }
    if (rights::permits(role, rights::Resource::Registration, rights::Action::Update)) {
        m_approve = serverButton(u"approveRegistrationButton"_s, this);
        m_reject = serverButton(u"rejectRegistrationButton"_s, this);
        m_approve->setIcon(resources::actionIcon(resources::ActionIcon::Approve));
        m_reject->setIcon(resources::actionIcon(resources::ActionIcon::Reject));
        m_waitlist = serverButton(u"waitlistRegistrationButton"_s, this);
        m_reasonLabel = new QLabel(this);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"decisionReasonEdit"_s);
        m_reason->setMaxLength(int(api::RegistrationUpdate::maximumReasonLength));
        m_reason->setClearButtonEnabled(true);
        m_reasonLabel->setBuddy(m_reason);
        markNeedsServer(m_reason);
    }
    if (rights::permits(role, rights::Resource::ApprovalRules, rights::Action::Update))
        m_rules = serverButton(u"approvalRulesButton"_s, this);
    setUpTable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_title)
        layout->addWidget(m_title);
    layout->addLayout(filterRow());
    layout->addWidget(m_table, 1);
    if (m_approve)
        layout->addLayout(decisionRow());
    auto *room = new RoomActions(
        workspace, role,
        [this] {
            const QList<qint64> ids = selectedRegistrationIds();
            return ids.size() == 1 ? ids.first() : 0;
        },
        this);
    layout->addWidget(room);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, room, &RoomActions::updateButtons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &client::RegistrationFilterModel::setSearchText);
    connect(m_approval, &QComboBox::currentIndexChanged, this, &AttendeePanel::applyFilters);
    if (m_present)
        connect(m_present, &QComboBox::currentIndexChanged, this, &AttendeePanel::applyFilters);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &AttendeePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AttendeePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AttendeePanel::updateCount);
    connectLoading();
    retranslate();
}

void AttendeePanel::setUpTable()
{
    m_table->setObjectName(u"attendeeTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_filter->setRegistrations(m_workspace->registrations());
    m_table->setModel(m_filter);
    markApprovalColumn();
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AttendeePanel::markApprovalColumn);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A director decides on several at once (Shift, Ctrl, Ctrl+A); everyone else looks at one. (In this mode a row
    // that leaves the filtered list does not pass its selection on to the next one, as single selection does.)
    m_table->setSelectionMode(m_approve ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

// The approval column (where the role may read it) shows pending, approved and rejected by mark and colour.
void AttendeePanel::markApprovalColumn()
{
    for (int column = 0; column < m_filter->columnCount(); ++column)
        m_table->setItemDelegateForColumn(column, nullptr);
    const int approval = m_workspace->registrations()->columnOf(client::RegistrationModel::Field::Approval);
    if (approval >= 0)
        m_table->setItemDelegateForColumn(approval, m_approvalMarks);
}

QBoxLayout *AttendeePanel::filterRow()
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_approval);
    if (m_present)
        filters->addWidget(m_present);
    filters->addWidget(m_count);
    if (m_export)
        filters->addWidget(m_export);
    return filters;
}

QBoxLayout *AttendeePanel::decisionRow()
{
    auto *actions = new QHBoxLayout;
    if (m_rules)
        actions->addWidget(m_rules);
    actions->addWidget(m_reasonLabel);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addWidget(m_waitlist);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &AttendeePanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AttendeePanel::updateButtons);
    offerButtonsInContextMenu(m_table, {m_approve, m_reject, m_waitlist});
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_waitlist, &QPushButton::clicked, this,
            [this] { m_workspace->decide(undecided(api::ApprovalState::Waitlisted), api::ApprovalState::Waitlisted); });
    if (m_rules)
        connect(m_rules, &QPushButton::clicked, this, &AttendeePanel::openApprovalRules);
    return actions;
}

// Pages are appended unsorted while they stream in and sorted once at the end (no stall on 100,000 rows).
void AttendeePanel::connectLoading()
{
    client::PagedLoader *loader = m_workspace->registrationLoader();
    connect(loader, &client::PagedLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_filter->setLoading(loaded < total);
        updateCount();
    });
    connect(loader, &client::PagedLoader::finished, this, [this] {
        m_filter->setLoading(false);
        m_table->resizeColumnsToContents();
        updateCount();
    });
    connect(loader, &client::PagedLoader::failed, this, [this] {
        m_filter->setLoading(false);
        updateCount();
    });
}

QPushButton *AttendeePanel::exportButton() const
{
    return m_export;
}

QUrlQuery AttendeePanel::exportFilters() const
{
    QUrlQuery filters;
    if (const QString search = m_search->text().trimmed(); !search.isEmpty())
        filters.addQueryItem(u"search"_s, QString::fromUtf8(QUrl::toPercentEncoding(search)));
    if (const int approval = m_approval->currentData().toInt(); approval != any)
        filters.addQueryItem(u"approval"_s, api::approvalStateToWire(static_cast<api::ApprovalState>(approval)));
    if (const int present = m_present ? m_present->currentData().toInt() : any; present != any)
        filters.addQueryItem(u"present"_s, present == 1 ? u"true"_s : u"false"_s);
    return filters;
}

QList<qint64> AttendeePanel::selectedRegistrationIds() const
{
    QList<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << m_filter->idAt(row.row());
    return ids;
}

void AttendeePanel::fillFilterChoices()
{
    const QSignalBlocker approvalBlocker(m_approval);
    const int approval = std::max(0, m_approval->currentIndex());
    m_approval->clear();
    // Beside the presence filter "all" names what it filters.
    m_approval->addItem(m_present ? tr("All approval states") : tr("All registrations"), any);
    for (auto state : {api::ApprovalState::Pending, api::ApprovalState::Approved, api::ApprovalState::Waitlisted,
                       api::ApprovalState::Rejected})
        m_approval->addItem(client::RegistrationModel::approvalDisplayName(state), static_cast<int>(state));
    m_approval->setCurrentIndex(approval);
    if (!m_present)
        return;
    const QSignalBlocker presentBlocker(m_present);
    const int present = std::max(0, m_present->currentIndex());
    m_present->clear();
    m_present->addItem(tr("Present or not"), any);
    m_present->addItem(tr("Present"), 1);
    m_present->addItem(tr("Not present"), 0);
    m_present->setCurrentIndex(present);
}

void AttendeePanel::applyFilters()
{
    const int approval = m_approval->currentData().toInt();
    m_filter->setApprovalFilter(approval == any ? std::nullopt
                                                : std::optional(static_cast<api::ApprovalState>(approval)));
    const int present = m_present ? m_present->currentData().toInt() : any;
    m_filter->setPresentFilter(present == any ? std::nullopt : std::optional(present == 1));
    updateCount();
}

void AttendeePanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_workspace->registrations()->rowCount();
    const client::PagedLoader *loader = m_workspace->registrationLoader();
    QString text = tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all));
    if (loader->isLoading() && loader->total() > all)
        text += u' ' + tr("(loading, %1 of %2)").arg(QLocale().toString(all), QLocale().toString(loader->total()));
    m_count->setText(text);
    updateButtons();
}

void AttendeePanel::updateButtons()
{
    if (!m_approve)
        return;
    m_approve->setEnabled(!undecided(api::ApprovalState::Approved).isEmpty());
    m_reject->setEnabled(!undecided(api::ApprovalState::Rejected).isEmpty());
    m_waitlist->setEnabled(!undecided(api::ApprovalState::Waitlisted).isEmpty());
}

// The selected registrations not in `state` yet.
QList<qint64> AttendeePanel::undecided(api::ApprovalState state) const
{
    QList<qint64> ids;
    const client::RegistrationModel *registrations = m_workspace->registrations();
    for (const qint64 id : selectedRegistrationIds()) {
        const int row = registrations->rowOfId(id);
        const auto &fields = row < 0 ? std::nullopt : registrations->rowAt(row).data.registration;
        if (fields && fields->approvalState != state)
            ids << id;
    }
    return ids;
}

void AttendeePanel::decide(bool approve)
{
    const QList<qint64> ids = undecided(approve ? api::ApprovalState::Approved : api::ApprovalState::Rejected);
    if (ids.isEmpty())
        return;
    // The reason goes with this decision only: it is mailed, then the field is empty again.
    const QString reason = m_reason->text().trimmed();
    if (approve) {
        m_workspace->decide(ids, api::ApprovalState::Approved, reason);
        m_reason->clear();
        return;
    }
    QStringList names;
    for (const qint64 id : ids.mid(0, 5)) {
        const auto &row = m_workspace->registrations()->rowAt(m_workspace->registrations()->rowOfId(id));
        names << row.data.fullName.value_or(QString());
    }
    const QString webinar = m_workspace->detail() ? m_workspace->detail()->summary.title : QString();
    const QString who = ids.size() > names.size()
        ? tr("%1 and %n other(s)", nullptr, int(ids.size() - names.size())).arg(QLocale().createSeparatedList(names))
        : QLocale().createSeparatedList(names);
    const Confirmation question {
        u"rejectRegistrationsBox"_s,
        tr("Reject registrations"),
        tr("Reject %n registration(s) for “%1”: %2? They are not admitted. You can undo this for ten seconds.", nullptr,
           int(ids.size()))
            .arg(webinar, who),
        tr("Reject"),
        u"rejectConfirmButton"_s,
        tr("Keep them")};
    askToConfirm(this, question, [this, ids, reason] {
        m_workspace->decide(ids, api::ApprovalState::Rejected, reason);
        m_reason->clear();
    });
}

// Non-modal: the attendee list stays usable beside it; one dialog at a time.
void AttendeePanel::openApprovalRules()
{
    if (!m_workspace->detail() || findChild<ApprovalRulesDialog *>())
        return;
    auto *dialog = new ApprovalRulesDialog(m_workspace->apiClient(), m_workspace->webinarId(),
                                           m_workspace->detail()->summary.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalRulesDialog::saved, m_workspace, &client::WebinarWorkspace::reload);
    connect(dialog, &ApprovalRulesDialog::saved, m_workspace, &client::WebinarWorkspace::actionSucceeded);
    dialog->open();
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
    m_search->setAccessibleName(tr("Search registrations"));
    m_approval->setAccessibleName(tr("Approval state"));
    if (m_present)
        m_present->setAccessibleName(tr("Presence"));
    m_table->setAccessibleName(tr("Registrations"));
    if (m_title) {
        m_title->setText(tr("Registrations and attendance"));
        m_export->setText(tr("Export CSV …"));
        m_export->setToolTip(tr("Download all registrations of this webinar from the server as a CSV file"));
    }
    if (m_approve) {
        m_approve->setText(tr("&Approve"));
        m_reject->setText(tr("&Reject"));
        m_approve->setToolTip(
            tr("Approve the selected registrations (select several with Shift or Ctrl, all with Ctrl+A)"));
        m_reject->setToolTip(tr("Reject the selected registrations; asks first, and can be undone for ten seconds"));
        m_waitlist->setText(tr("Waiting l&ist"));
        m_waitlist->setToolTip(tr("Put the selected registrations on the waiting list: they move up by themselves, "
                                  "in order of registration, when a place frees"));
        m_reasonLabel->setText(tr("Reason for the a&ttendee:"));
        m_reason->setPlaceholderText(tr("optional; mailed with an approval or rejection"));
        m_reason->setAccessibleName(tr("Reason for the attendee"));
    }
    if (m_rules) {
        m_rules->setText(tr("&Capacity and approval rules …"));
        m_rules->setToolTip(tr("Who is approved at once, and how many places the webinar has"));
    }
    fillFilterChoices();
    updateCount();
}

} // namespace regiekamer::ui
