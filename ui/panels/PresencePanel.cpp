#include "panels/PresencePanel.h"

#include "models/RegistrationFilterModel.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ReadOnlyGate.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Field = client::RegistrationModel::Field;

PresencePanel::PresencePanel(client::WebinarWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_present(new client::RegistrationFilterModel(this))
    , m_heading(new QLabel(this))
    , m_count(new QLabel(this))
    , m_list(new QListView(this))
{
    setObjectName(u"presencePanel"_s);
    m_count->setObjectName(u"presentCountLabel"_s);
    markLastKnown(m_count);
    m_list->setObjectName(u"presentList"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_present->setRegistrations(workspace->registrations());
    m_present->setPresentFilter(true);
    m_list->setModel(m_present);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);

    client::RegistrationModel *registrations = workspace->registrations();
    connect(registrations, &QAbstractItemModel::modelReset, this, &PresencePanel::updateColumn);
    connect(m_present, &QAbstractItemModel::rowsInserted, this, &PresencePanel::updateCount);
    connect(m_present, &QAbstractItemModel::rowsRemoved, this, &PresencePanel::updateCount);
    connect(m_present, &QAbstractItemModel::modelReset, this, &PresencePanel::updateCount);
    connect(m_present, &QAbstractItemModel::layoutChanged, this, &PresencePanel::updateCount);
    connect(workspace->registrationLoader(), &client::PagedLoader::finished, this, [this] {
        m_present->setLoading(false);
        updateCount();
    });
    connect(workspace->registrationLoader(), &client::PagedLoader::progress, this,
            [this] { m_present->setLoading(true); });
    updateColumn();
    retranslate();
}

QListView *PresencePanel::list() const
{
    return m_list;
}

// The name column's position depends on the role's readable fields (set when the session starts).
void PresencePanel::updateColumn()
{
    const int column = m_workspace->registrations()->columnOf(Field::FullName);
    m_list->setModelColumn(std::max(0, column));
    if (column >= 0)
        m_present->sort(column, Qt::AscendingOrder);
    updateCount();
}

void PresencePanel::updateCount()
{
    m_count->setText(
        tr("Present: %1 of %2 registered").arg(m_present->rowCount()).arg(m_workspace->registrations()->rowCount()));
}

void PresencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresencePanel::retranslate()
{
    m_heading->setText(tr("Attendance"));
    m_list->setAccessibleName(m_heading->text());
    updateCount();
}

} // namespace regiekamer::ui
