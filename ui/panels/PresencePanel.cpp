#include "panels/PresencePanel.h"

#include "models/RegistrationFilterModel.h"
#include "panels/RoomActions.h"
#include "session/RoomPresence.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ReadOnlyGate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Field = client::RegistrationModel::Field;

namespace {

// The present attendees' names, where two are present under the same name told apart: by their company where the
// role may read it, else by when they joined ("Gijs de Groot (Vitens)", "Gijs de Groot (joined 10:24:07)"). Screen
// readers get the same text, as it is the model's.
class DistinctNames : public QIdentityProxyModel
{
public:
    DistinctNames(client::RegistrationFilterModel *present, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_present(present)
    {
        setSourceModel(present);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(present, signal, this, &DistinctNames::recount);
        connect(present, &QAbstractItemModel::modelReset, this, &DistinctNames::recount);
        connect(present, &QAbstractItemModel::layoutChanged, this, &DistinctNames::recount);
        connect(present, &QAbstractItemModel::dataChanged, this, &DistinctNames::recount);
    }

    void setNameColumn(int column)
    {
        m_nameColumn = column;
        recount();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant shown = QIdentityProxyModel::data(index, role);
        if ((role != Qt::DisplayRole && role != Qt::AccessibleTextRole) || index.column() != m_nameColumn)
            return shown;
        const QString name = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
        if (!m_shared.contains(name))
            return shown;
        return QCoreApplication::translate("regiekamer::ui::PresencePanel", "%1 (%2)").arg(name, detail(index.row()));
    }

private:
    QString detail(int row) const
    {
        const client::RegistrationModel *registrations = m_present->registrations();
        const int at = registrations->rowOfId(m_present->idAt(row));
        if (at < 0)
            return {};
        const api::Registration &registration = registrations->rowAt(at).data;
        if (registration.profile && !registration.profile->company.isEmpty())
            return registration.profile->company;
        const QDateTime joined = registration.attendance ? registration.attendance->joinedAt : QDateTime();
        return QCoreApplication::translate("regiekamer::ui::PresencePanel", "joined %1")
            .arg(joined.toLocalTime().time().toString(u"HH:mm:ss"_s)); // to the second: people join in bursts
    }

    void recount()
    {
        QHash<QString, int> counts;
        for (int row = 0; m_nameColumn >= 0 && row < m_present->rowCount(); ++row)
            ++counts[m_present->index(row, m_nameColumn).data().toString()];
        QSet<QString> shared;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > 1)
                shared.insert(it.key());
        }
        if (shared == m_shared)
            return;
        m_shared = shared;
        if (rowCount() > 0 && m_nameColumn >= 0)
            Q_EMIT dataChanged(index(0, m_nameColumn), index(rowCount() - 1, m_nameColumn));
    }

    client::RegistrationFilterModel *m_present;
    int m_nameColumn = -1;
    QSet<QString> m_shared;
};

} // namespace

PresencePanel::PresencePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
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
    m_names = new DistinctNames(m_present, this);
    m_list->setModel(m_names);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_list->setSelectionMode(QAbstractItemView::SingleSelection); // the attendee the room's actions apply to
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    auto *room = new RoomActions(
        workspace, role,
        [this] {
            const QModelIndex current = m_list->selectionModel()->currentIndex();
            return m_list->selectionModel()->hasSelection() && current.isValid() ? m_present->idAt(current.row()) : 0;
        },
        this);
    layout->addWidget(room);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, room, &RoomActions::updateButtons);
    connect(workspace->room(), &client::RoomPresence::presentCountChanged, this, &PresencePanel::updateCount);

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
    static_cast<DistinctNames *>(m_names)->setNameColumn(column);
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
