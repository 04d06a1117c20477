#include "views/AccessLogView.h"

#include "models/AccessLogGrouping.h"
#include "protocol/Rights.h"
#include "resources/ActionIcons.h"
#include "session/AccessLogLoader.h"
#include "session/AccessLogStatus.h"
#include "session/CsvExport.h"
#include "session/SessionController.h"
#include "widgets/AccessLogFilterBar.h"
#include "widgets/ButtonContextMenu.h"
#include "widgets/ExportController.h"
#include "widgets/MessageBar.h"
#include "widgets/ReadOnlyGate.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using Model = client::AccessLogModel;

AccessLogView::AccessLogView(client::SessionController *session, Role role, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new client::AccessLogLoader(session->api(), this))
    , m_messages(new MessageBar(this))
    , m_filters(new AccessLogFilterBar(this))
    , m_chain(new QLabel(this))
    , m_grouping(new client::AccessLogGrouping(this))
    , m_table(new QTableView(this))
    , m_groupReads(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_older(new QPushButton(this))
    , m_attendee(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_exportStatus(new QLabel(this))
    , m_exporter(new ExportController(new client::CsvExport(session->api(), this), this))
{
    setObjectName(u"accessLogView"_s);
    m_messages->setObjectName(u"accessLogMessages"_s);
    m_chain->setObjectName(u"chainStatusLabel"_s);
    m_table->setObjectName(u"accessLogTable"_s);
    m_count->setObjectName(u"accessLogCount"_s);
    m_older->setObjectName(u"loadOlderButton"_s);
    m_attendee->setObjectName(u"attendeeOfEntryButton"_s);
    m_export->setObjectName(u"accessLogExportButton"_s);
    m_export->setIcon(resources::actionIcon(resources::ActionIcon::Export));
    markNeedsServer(m_older);
    markNeedsServer(m_export);
    m_exportStatus->setObjectName(u"accessLogExportStatus"_s);
    m_export->setVisible(rights::permits(role, rights::Resource::AccessLog, rights::Action::Export));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->hide();
    m_chain->setWordWrap(true);
    m_groupReads->setObjectName(u"groupReadsCheck"_s);
    m_groupReads->setChecked(true);
    m_grouping->setLog(m_loader->model());
    m_table->setModel(m_grouping);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    for (int column = 0; column < Model::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Model::Object, QHeaderView::Stretch);
    m_older->setEnabled(false);
    buildLayout();
    connectSession();
    retranslate();
    showChainStatus();
    showCount();
}

bool AccessLogView::availableFor(Role role)
{
    return rights::permits(role, rights::Resource::AccessLog, rights::Action::Read);
}

client::AccessLogLoader *AccessLogView::loader() const
{
    return m_loader;
}

void AccessLogView::buildLayout()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_groupReads);
    buttons->addWidget(m_attendee);
    buttons->addWidget(m_older);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_chain);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_exportStatus);
}

void AccessLogView::connectSession()
{
    using Loader = client::AccessLogLoader;
    connect(m_session->events(), &client::EventStream::eventReceived, m_loader, &Loader::onEvent);
    connect(m_session, &client::SessionController::signedOut, this, &AccessLogView::onSignedOut);
    connect(m_session, &client::SessionController::sessionEnded, this, &AccessLogView::onSignedOut);
    connect(m_session, &client::SessionController::signedIn, this, [this] {
        if (isVisible())
            open();
    });
    connect(m_session, &client::SessionController::connectionChanged, this, [this](auto connection) {
        if (connection == client::SessionController::Connection::Live && m_loader->isLoaded())
            m_loader->reload(); // catch up on the entries written while the stream was down
    });
    connect(m_filters, &AccessLogFilterBar::filterChanged, this, [this] { m_loader->setFilter(m_filters->filter()); });
    connect(m_loader, &Loader::failed, m_messages, &MessageBar::showError);
    connect(m_loader->chainStatus(), &client::AccessLogStatus::changed, this, [this] {
        m_chainError.clear();
        showChainStatus();
    });
    connect(m_loader->chainStatus(), &client::AccessLogStatus::failed, this, [this](const QString &message) {
        m_chainError = message;
        showChainStatus();
    });
    connect(m_loader, &Loader::loadingChanged, this, &AccessLogView::showCount);
    connect(m_loader, &Loader::pageLoaded, this, [this] {
        if (m_messages->kind() == MessageBar::Kind::Error)
            m_messages->hide(); // the log answers again: the failure shown is over
        m_filters->addPeople(m_loader->model()->entries());
        showCount();
    });
    connect(m_loader, &Loader::entryInserted, this, [this](const api::AuditEntry &entry) {
        m_filters->addPeople({entry});
        showCount();
    });
    client::WebinarListModel *webinars = m_session->webinars();
    connect(webinars, &QAbstractItemModel::modelReset, this, [this, webinars] {
        m_filters->setWebinars(webinars->webinars());
        QHash<qint64, QString> titles;
        for (const api::WebinarSummary &webinar : webinars->webinars())
            titles.insert(webinar.id, webinar.title);
        m_loader->model()->setWebinarTitles(std::move(titles));
    });
    connect(m_groupReads, &QCheckBox::toggled, m_grouping, &client::AccessLogGrouping::setGrouped);
    connect(m_older, &QPushButton::clicked, m_loader, &Loader::loadOlder);
    offerButtonsInContextMenu(m_table, {m_attendee});
    connect(m_attendee, &QPushButton::clicked, this, &AccessLogView::filterCurrentAttendee);
    connect(m_export, &QPushButton::clicked, this, &AccessLogView::exportEntries);
    connect(m_exporter, &ExportController::done, this, [this](const QString &message, bool success) {
        m_exportStatus->setText(message);
        m_exportStatus->setProperty("success", success);
        m_exportStatus->show();
    });
}

void AccessLogView::open()
{
    if (!m_session->isSignedIn())
        return;
    m_loader->setOwnUserId(m_session->user().id);
    if (!m_loader->isLoaded())
        m_loader->reload();
    m_loader->chainStatus()->refresh();
    m_loader->chainStatus()->setPolling(true);
}

void AccessLogView::onSignedOut()
{
    m_loader->reset();
    m_messages->hide();
    m_exportStatus->hide();
    showCount();
}

void AccessLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    open();
}

void AccessLogView::hideEvent(QHideEvent *event)
{
    m_loader->chainStatus()->setPolling(false);
    QWidget::hideEvent(event);
}

void AccessLogView::showChainStatus()
{
    const auto &status = m_loader->chainStatus()->status();
    bool broken = false;
    QString text;
    if (!m_chainError.isEmpty()) {
        text = tr("The chain status is not available: %1").arg(m_chainError);
    } else if (!status) {
        text = tr("Checking the access log's chain …");
    } else if (!status->intact) {
        broken = true;
        text = tr("Warning: the access log has been tampered with or damaged from entry %1 on. Tell the "
                  "administrator. Details: %2")
                   .arg(status->firstBadSequence)
                   .arg(status->problem);
    } else if (status->verifiedUpTo > 0 && status->verifiedAt.isValid()) {
        text = tr("Chain verified up to entry %1 of %2 at %3")
                   .arg(status->verifiedUpTo)
                   .arg(status->lastSequence)
                   .arg(QLocale().toString(status->verifiedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        text =
            tr("The chain has not been verified yet (%n entry(ies)).", nullptr, static_cast<int>(status->lastSequence));
    }
    m_chain->setText(text);
    m_chain->setProperty("intact", !broken);
    m_chain->setStyleSheet(broken ? u"QLabel { color: #b00020; font-weight: bold; }"_s : QString());
}

void AccessLogView::showCount()
{
    const int rows = m_loader->model()->rowCount();
    QString text = tr("%n entry(ies) shown", nullptr, rows);
    if (m_loader->isLoading())
        text += tr(" — loading …");
    m_count->setText(text);
    m_older->setEnabled(!m_loader->isLoading() && m_loader->model()->moreAvailable());
}

void AccessLogView::filterCurrentAttendee()
{
    const QModelIndex current = m_grouping->mapToSource(m_table->currentIndex());
    const qint64 subject = current.isValid() ? current.data(Model::SubjectRole).toLongLong() : 0;
    if (subject > 0)
        m_filters->setAttendee(m_loader->model()->entryAt(current.row()));
    else
        m_messages->showInformation(tr("The selected entry concerns no attendee."));
}

void AccessLogView::exportEntries()
{
    m_exportStatus->hide();
    m_exporter->exportAccessLog(m_loader->filter().toQuery());
}

void AccessLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccessLogView::retranslate()
{
    m_older->setText(tr("Load older entries"));
    m_table->setAccessibleName(tr("Access log entries"));
    m_attendee->setText(tr("Only this attendee"));
    m_groupReads->setText(tr("&Group repeated reads"));
    m_groupReads->setToolTip(tr("Shows the reads one person's app makes within seconds (opening a webinar reads its "
                                "details, registrations and questions) as one row. Every entry stays recorded."));
    m_export->setText(tr("Export to CSV …"));
    showChainStatus();
    showCount();
}

} // namespace regiekamer::ui
