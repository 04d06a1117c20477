#include "panels/OrganisationsPanel.h"

#include "session/SessionController.h"
#include "widgets/ReadOnlyGate.h"
#include "widgets/StatusLine.h"
#include "widgets/TableSection.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

OrganisationsPanel::OrganisationsPanel(client::SessionController *session, StatusLine *status, QWidget *parent)
    : AdminPanel(session, status, parent)
    , m_table(new TableSection([] { return OrganisationsPanel::tr("Client organisations"); },
                               session->admin()->organisations(), Qt::DisplayRole, this))
    , m_name(new QLineEdit(this))
    , m_create(new QPushButton(this))
    , m_rename(new QPushButton(this))
{
    m_table->setObjectName(u"organisationSection"_s);
    m_table->table()->setObjectName(u"organisationTable"_s);
    m_table->table()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_name->setObjectName(u"organisationNameEdit"_s);
    m_name->setMaxLength(500);
    m_create->setObjectName(u"createOrganisationButton"_s);
    m_rename->setObjectName(u"renameOrganisationButton"_s);
    markNeedsServer(m_create);
    markNeedsServer(m_rename);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_name, 1);
    actions->addWidget(m_create);
    actions->addWidget(m_rename);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(actions);
    connect(m_create, &QPushButton::clicked, this, &OrganisationsPanel::create);
    connect(m_rename, &QPushButton::clicked, this, &OrganisationsPanel::rename);
    connect(m_table->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganisationsPanel::onSelected);
    connect(m_name, &QLineEdit::returnPressed, this, &OrganisationsPanel::create);
    retranslate();
    onSelected();
}

qint64 OrganisationsPanel::selectedId() const
{
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(client::OrganisationModel::IdRole).toLongLong();
}

void OrganisationsPanel::onSelected()
{
    const QModelIndexList rows = m_table->table()->selectionModel()->selectedRows();
    m_rename->setEnabled(!rows.isEmpty());
    if (!rows.isEmpty())
        m_name->setText(rows.first().data().toString());
}

void OrganisationsPanel::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return m_status->failed(tr("Enter the organisation's name."));
    m_status->expect(tr("The organisation %1 has been created.").arg(name));
    m_session->admin()->createOrganisation(name);
}

void OrganisationsPanel::rename()
{
    const qint64 id = selectedId();
    const QString name = m_name->text().trimmed();
    if (id == 0)
        return;
    if (name.isEmpty())
        return m_status->failed(tr("Enter the organisation's name."));
    m_status->expect(tr("The organisation has been renamed to %1.").arg(name));
    m_session->admin()->renameOrganisation(id, name);
}

void OrganisationsPanel::retranslate()
{
    m_name->setPlaceholderText(tr("Organisation name"));
    m_name->setAccessibleName(tr("Organisation name"));
    m_create->setText(tr("Create organisation"));
    m_rename->setText(tr("Rename"));
}

} // namespace regiekamer::ui
