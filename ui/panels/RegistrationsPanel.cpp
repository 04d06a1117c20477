#include "panels/RegistrationsPanel.h"

#include "models/RegistrationFilterModel.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ReadOnlyGate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

// Filter choices: -1 = all, otherwise the enum value (approval) or 0/1 (present).
constexpr int any = -1;

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

RegistrationsPanel::RegistrationsPanel(client::WebinarWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new client::RegistrationFilterModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_approval(combo(u"approvalFilter"_s, this))
    , m_present(combo(u"presentFilter"_s, this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_table(new QTableView(this))
{
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"countLabel"_s);
    m_export->setObjectName(u"exportButton"_s);
    markNeedsServer(m_export);
    m_table->setObjectName(u"registrationTable"_s);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    m_proxy->setRegistrations(workspace->registrations());
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_approval);
    filters->addWidget(m_present);
    filters->addWidget(m_count);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &client::RegistrationFilterModel::setSearchText);
    connect(m_approval, &QComboBox::currentIndexChanged, this, &RegistrationsPanel::applyFilters);
    connect(m_present, &QComboBox::currentIndexChanged, this, &RegistrationsPanel::applyFilters);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RegistrationsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegistrationsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RegistrationsPanel::updateCount);

    // Pages are appended unsorted while they stream in and sorted once at the end (no stall on 100,000 rows).
    client::PagedLoader *loader = workspace->registrationLoader();
    connect(loader, &client::PagedLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_proxy->setLoading(loaded < total);
        updateCount();
    });
    connect(loader, &client::PagedLoader::finished, this, [this] { m_proxy->setLoading(false); });
    connect(loader, &client::PagedLoader::failed, this, [this] { m_proxy->setLoading(false); });
    retranslate();
}

client::RegistrationFilterModel *RegistrationsPanel::proxy() const
{
    return m_proxy;
}

QPushButton *RegistrationsPanel::exportButton() const
{
    return m_export;
}

void RegistrationsPanel::applyFilters()
{
    const int approval = m_approval->currentData().toInt();
    m_proxy->setApprovalFilter(approval == any ? std::nullopt
                                               : std::optional(static_cast<api::ApprovalState>(approval)));
    const int present = m_present->currentData().toInt();
    m_proxy->setPresentFilter(present == any ? std::nullopt : std::optional(present == 1));
}

void RegistrationsPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_workspace->registrations()->rowCount();
    client::PagedLoader *loader = m_workspace->registrationLoader();
    QString text = tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(all));
    if (loader->isLoading() && loader->total() > all)
        text += u' ' + tr("(loading, %1 of %2)").arg(QLocale().toString(all), QLocale().toString(loader->total()));
    m_count->setText(text);
}

void RegistrationsPanel::fillFilterChoices()
{
    const QSignalBlocker approvalBlocker(m_approval);
    const QSignalBlocker presentBlocker(m_present);
    const int approval = std::max(0, m_approval->currentIndex());
    const int present = std::max(0, m_present->currentIndex());
    m_approval->clear();
    m_approval->addItem(tr("All approval states"), any);
    for (auto state : {api::ApprovalState::Pending, api::ApprovalState::Approved, api::ApprovalState::Rejected})
        m_approval->addItem(client::RegistrationModel::approvalDisplayName(state), static_cast<int>(state));
    m_present->clear();
    m_present->addItem(tr("Present or not"), any);
    m_present->addItem(tr("Present"), 1);
    m_present->addItem(tr("Not present"), 0);
    m_approval->setCurrentIndex(approval);
    m_present->setCurrentIndex(present);
}

void RegistrationsPanel::retranslate()
{
    m_title->setText(tr("Registrations and attendance"));
    m_search->setPlaceholderText(tr("Search name, e-mail or company"));
    m_export->setText(tr("Export CSV …"));
    m_export->setToolTip(tr("Download all registrations of this webinar from the server as a CSV file"));
    fillFilterChoices();
    updateCount();
}

void RegistrationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace regiekamer::ui
