#include "views/ClientStaffView.h"

#include "panels/AttendeePanel.h"
#include "panels/ReportPanel.h"
#include "session/SessionController.h"
#include "views/AccessLogView.h"
#include "widgets/ExportController.h"
#include "widgets/StateMarks.h"
#include "widgets/TableSection.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

using Columns = client::WebinarListModel;

class ClientStaffView : public QWidget
{
    Q_OBJECT
public:
    ClientStaffView(client::SessionController *session, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onWebinarSelected();
    void onWebinarsReset();
    void showStatus(const QString &message, bool success);
    void exportSelected();
    const api::WebinarSummary *selectedWebinar() const;

    client::SessionController *m_session;
    TableSection *m_webinars;
    AttendeePanel *m_registrations;
    ExportController *m_exporter;
    QLabel *m_status;
    QTabWidget *m_sections;
    QWidget *m_webinarPage;
    AccessLogView *m_accessLog;
    ReportPanel *m_report;
};

ClientStaffView::ClientStaffView(client::SessionController *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_webinars(new TableSection([] { return ClientStaffView::tr("Your organisation's webinars"); },
                                  session->webinars(), Columns::SortRole, this))
    , m_registrations(new AttendeePanel(session->workspace(), Role::ClientStaff, this))
    , m_exporter(new ExportController(session->csvExport(), this))
    , m_status(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_webinarPage(new QWidget(m_sections))
    , m_accessLog(new AccessLogView(session, Role::ClientStaff, m_sections))
    , m_report(new ReportPanel(session, Role::ClientStaff, m_sections))
{
    setObjectName(u"clientStaffView"_s);
    m_webinars->setObjectName(u"webinarSection"_s);
    QTableView *table = m_webinars->table();
    table->setObjectName(u"webinarTable"_s);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setItemDelegateForColumn(Columns::State,
                                    new StateMarkDelegate(StateMarkDelegate::Kind::WebinarState, table));
    m_webinars->showOnlyColumns({Columns::Title, Columns::State, Columns::StartsAt, Columns::Registrations});
    table->sortByColumn(Columns::StartsAt, Qt::AscendingOrder);
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *splitter = new QSplitter(Qt::Vertical, m_webinarPage);
    splitter->addWidget(m_webinars);
    splitter->addWidget(m_registrations);
    splitter->setStretchFactor(1, 3);
    auto *pageLayout = new QVBoxLayout(m_webinarPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(splitter);
    pageLayout->addWidget(m_status);
    m_sections->setObjectName(u"clientStaffSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->addTab(m_webinarPage, QString());
    m_sections->addTab(m_report, QString());
    m_sections->addTab(m_accessLog, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sections);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientStaffView::onWebinarSelected);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &ClientStaffView::onWebinarsReset);
    connect(m_registrations->exportButton(), &QPushButton::clicked, this, &ClientStaffView::exportSelected);
    connect(m_exporter, &ExportController::done, this, &ClientStaffView::showStatus);
    connect(session->workspace(), &client::WebinarWorkspace::actionFailed, this, [this](const QString &message) {
        if (isVisible())
            showStatus(message, false); // e.g. the webinar is gone (404) or the server is unreachable
    });
    m_registrations->exportButton()->setEnabled(false);
    retranslate();
}

void ClientStaffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClientStaffView::retranslate()
{
    m_sections->setTabText(m_sections->indexOf(m_webinarPage), tr("Webinars"));
    m_sections->setTabText(m_sections->indexOf(m_report), tr("Report"));
    m_sections->setTabText(m_sections->indexOf(m_accessLog), tr("Access log"));
}

const api::WebinarSummary *ClientStaffView::selectedWebinar() const
{
    const QModelIndex current = m_webinars->table()->currentIndex();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_webinars->table()->model());
    if (!current.isValid() || !proxy)
        return nullptr;
    const int row = proxy->mapToSource(current).row();
    const auto &webinars = m_session->webinars()->webinars();
    return row >= 0 && row < webinars.size() ? &webinars.at(row) : nullptr;
}

void ClientStaffView::onWebinarSelected()
{
    const api::WebinarSummary *webinar = selectedWebinar();
    const qint64 id = webinar ? webinar->id : 0;
    if (id != m_session->workspace()->webinarId())
        m_status->hide(); // a refreshed list selecting the same webinar again keeps the export's message
    m_session->workspace()->setWebinar(id);
    m_registrations->exportButton()->setEnabled(webinar != nullptr);
}

// The list is replaced after every refresh: keep the open webinar selected, or pick the first one.
void ClientStaffView::onWebinarsReset()
{
    QTableView *table = m_webinars->table();
    const qint64 open = m_session->workspace()->webinarId();
    const auto &webinars = m_session->webinars()->webinars();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
    for (qsizetype row = 0; row < webinars.size() && proxy; ++row) {
        if (webinars.at(row).id == open || open == 0) {
            const QModelIndex index =
                proxy->mapFromSource(m_session->webinars()->index(static_cast<int>(row), Columns::Title));
            table->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    if (webinars.isEmpty())
        onWebinarSelected();
}

void ClientStaffView::exportSelected()
{
    if (const api::WebinarSummary *webinar = selectedWebinar())
        m_exporter->exportWebinar(webinar->id, webinar->title, m_registrations->exportFilters());
}

void ClientStaffView::showStatus(const QString &message, bool success)
{
    m_status->setText(message);
    m_status->setProperty("success", success);
    m_status->show();
}

} // namespace

QWidget *createClientStaffView(client::SessionController *session, QWidget *parent)
{
    return new ClientStaffView(session, parent);
}

} // namespace regiekamer::ui

#include "ClientStaffView.moc"
