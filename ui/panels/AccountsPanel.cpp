#include "panels/AccountsPanel.h"

#include "dialogs/AccountDialog.h"
#include "session/SessionController.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/StatusLine.h"
#include "widgets/TableSection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Accounts = client::StaffAccountModel;

AccountsPanel::AccountsPanel(client::SessionController *session, StatusLine *status, QWidget *parent)
    : AdminPanel(session, status, parent)
    , m_table(new TableSection([] { return AccountsPanel::tr("Staff accounts"); }, session->staffAccounts(),
                               Qt::DisplayRole, this))
    , m_create(new QPushButton(this))
    , m_role(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_changeRole(new QPushButton(this))
    , m_disable(new QPushButton(this))
{
    m_table->setObjectName(u"staffSection"_s);
    m_table->table()->setObjectName(u"staffTable"_s);
    m_table->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_create->setObjectName(u"newAccountButton"_s);
    m_role->setObjectName(u"roleCombo"_s);
    m_organisation->setObjectName(u"organisationCombo"_s);
    m_organisation->setModel(session->admin()->organisations());
    m_changeRole->setObjectName(u"changeRoleButton"_s);
    m_disable->setObjectName(u"disableButton"_s);
    markNeedsServer(m_create);
    markNeedsServer(m_changeRole);
    markNeedsServer(m_disable);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_create);
    actions->addStretch();
    for (QWidget *widget : {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_organisation),
                            static_cast<QWidget *>(m_changeRole), static_cast<QWidget *>(m_disable)})
        actions->addWidget(widget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    connect(m_create, &QPushButton::clicked, this, &AccountsPanel::openCreateDialog);
    connect(m_changeRole, &QPushButton::clicked, this, &AccountsPanel::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPanel::toggleDisabled);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountsPanel::updateButtons);
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPanel::updateButtons);
    connect(m_table->table()->model(), &QAbstractItemModel::modelReset, this, &AccountsPanel::updateButtons);
    retranslate();
}

qint64 AccountsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(Accounts::IdRole).toLongLong();
}

void AccountsPanel::openCreateDialog()
{
    auto *dialog = new AccountDialog(m_session->admin()->organisations(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::accountRequested, this, [this](const api::StaffAccountCreate &request) {
        m_status->expect(tr("The account %1 has been created.").arg(request.email));
        m_session->admin()->createAccount(request);
    });
    dialog->open();
}

void AccountsPanel::changeRole()
{
    const qint64 id = selectedId();
    const auto role = roleFromWire(m_role->currentData().toString());
    if (id == 0 || !role)
        return;
    qint64 organisation = 0;
    if (*role == Role::ClientStaff) {
        const QModelIndex index = m_session->admin()->organisations()->index(m_organisation->currentIndex(), 0);
        organisation = index.data(client::OrganisationModel::IdRole).toLongLong();
        if (organisation == 0)
            return m_status->failed(tr("Choose the organisation this client staff member works for."));
    }
    m_status->expect(tr("The role has been changed to %1.").arg(roleDisplayName(*role)));
    m_session->admin()->changeRole(id, *role, organisation);
}

void AccountsPanel::toggleDisabled()
{
    const qint64 id = selectedId();
    for (const api::StaffAccount &account : m_session->staffAccounts()->accounts()) {
        if (account.id != id)
            continue;
        const QString name = account.email.value_or(u"#"_s + QString::number(account.id));
        m_status->expect(account.disabled ? tr("The account %1 has been enabled.").arg(name)
                                          : tr("The account %1 has been disabled; its sessions have ended.").arg(name));
        m_session->admin()->setDisabled(id, !account.disabled);
        return;
    }
}

void AccountsPanel::updateButtons()
{
    const qint64 id = selectedId();
    bool disabled = false;
    for (const api::StaffAccount &account : m_session->staffAccounts()->accounts()) {
        if (account.id == id)
            disabled = account.disabled;
    }
    m_changeRole->setEnabled(id != 0);
    m_disable->setEnabled(id != 0 && id != m_session->user().id);
    m_disable->setText(disabled ? tr("Enable") : tr("Disable"));
    m_organisation->setEnabled(m_role->currentData().toString() == roleToWire(Role::ClientStaff));
}

void AccountsPanel::retranslate()
{
    m_create->setText(tr("New account …"));
    m_changeRole->setText(tr("Change role"));
    m_role->setAccessibleName(tr("New role"));
    m_organisation->setAccessibleName(tr("Client organisation"));
    const QSignalBlocker blocker(m_role);
    const int current = std::max(0, m_role->currentIndex());
    m_role->clear();
    for (Role role : {Role::Moderator, Role::Director, Role::ClientStaff, Role::Admin})
        m_role->addItem(roleDisplayName(role), roleToWire(role));
    m_role->setCurrentIndex(current);
    updateButtons();
}

} // namespace regiekamer::ui
