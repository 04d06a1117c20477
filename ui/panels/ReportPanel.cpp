#include "panels/ReportPanel.h"

#include "net/EventStream.h"
#include "protocol/Rights.h"
#include "session/ReportLoader.h"
#include "session/SessionController.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ExportController.h"
#include "widgets/MessageBar.h"
#include "widgets/ReportCharts.h"
#include "widgets/ReportPdf.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

ReportPanel::FileChooser &chooserSlot()
{
    static ReportPanel::FileChooser chooser;
    return chooser;
}

QString askForPdf(QWidget *parent, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, ReportPanel::tr("Export report"), QDir(folder).filePath(suggestedName),
                                        ReportPanel::tr("PDF documents (*.pdf)"));
}

QString suggestedName(const QString &title)
{
    return ReportPanel::tr("Report %1").arg(ExportController::safeFileName(title, u"webinar"_s)) + u".pdf"_s;
}

} // namespace

void ReportPanel::setFileChooser(FileChooser chooser)
{
    chooserSlot() = std::move(chooser);
}

ReportPanel::ReportPanel(client::SessionController *session, Role role, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loader(new client::ReportLoader(session->api(), this))
    , m_messages(new MessageBar(this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(u"reportPanel"_s);
    m_heading->setObjectName(u"reportHeading"_s);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_refresh->setObjectName(u"refreshReportButton"_s);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_export->setObjectName(u"exportReportButton"_s);
    m_export->setVisible(rights::permits(role, rights::Resource::Report, rights::Action::Export));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_export);
    auto *grid = new QGridLayout;
    for ([[maybe_unused]] ReportCharts::Kind kind : ReportCharts::allKinds) {
        auto *view = new QChartView(this);
        view->setObjectName(u"reportChart%1"_s.arg(m_charts.size()));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(280, 180);
        view->setFocusPolicy(Qt::TabFocus);
        grid->addWidget(view, static_cast<int>(m_charts.size()) / 2, static_cast<int>(m_charts.size()) % 2);
        m_charts.append(view);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_refresh, &QPushButton::clicked, m_loader, &client::ReportLoader::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportPanel::exportPdf);
    connect(m_loader, &client::ReportLoader::loaded, this, &ReportPanel::showReport);
    connect(m_loader, &client::ReportLoader::failed, m_messages, &MessageBar::showError);
    connect(session->events(), &client::EventStream::eventReceived, m_loader, &client::ReportLoader::onEvent);
    connect(session->workspace(), &client::WebinarWorkspace::detailChanged, this, &ReportPanel::followWebinar);
    m_loader->setActive(false);
    retranslate();
}

client::ReportLoader *ReportPanel::loader() const
{
    return m_loader;
}

// Only a shown report is read: each read is an access log entry, and choosing a webinar should not add one.
void ReportPanel::followWebinar()
{
    if (isVisible())
        m_loader->setWebinar(m_session->workspace()->webinarId());
    else
        showReport();
}

void ReportPanel::showReport()
{
    const auto &detail = m_session->workspace()->detail();
    const auto &report = m_loader->report();
    const bool shown = report && detail && detail->summary.id == report->webinarId;
    m_heading->setText(shown ? tr("Report: %1").arg(detail->summary.title)
                             : tr("Choose a webinar in the Webinars tab to see its report."));
    m_summary->setText(
        shown ? ReportCharts::summary(*report) + u' ' +
                tr("Updated %1.").arg(QLocale().toString(m_loader->receivedAt().time(), QLocale::ShortFormat))
              : QString());
    m_export->setEnabled(shown && !m_exporting);
    m_refresh->setEnabled(m_loader->webinarId() != 0);
    const api::WebinarReport empty;
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const ReportCharts::Kind kind = ReportCharts::allKinds[i];
        QChart *old = m_charts[i]->chart();
        m_charts[i]->setChart(ReportCharts::make(kind, shown ? *report : empty));
        delete old;
        m_charts[i]->setAccessibleName(ReportCharts::title(kind));
        m_charts[i]->setAccessibleDescription(shown ? ReportCharts::describe(kind, *report) : QString());
        m_charts[i]->setToolTip(m_charts[i]->accessibleDescription());
    }
}

void ReportPanel::exportPdf()
{
    const auto &detail = m_session->workspace()->detail();
    if (m_exporting || !detail || !m_loader->report())
        return;
    const QString title = detail->summary.title;
    const QDateTime startsAt = detail->summary.startsAt;
    const QString path =
        chooserSlot() ? chooserSlot()(this, suggestedName(title)) : askForPdf(this, suggestedName(title));
    if (path.isEmpty())
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    QPointer<ReportPanel> self(this);
    m_loader->exportReport([self, path, title, startsAt](Result<api::WebinarReport> report) {
        if (!self)
            return;
        self->m_exporting = false;
        self->m_export->setEnabled(true);
        if (!report)
            return self->m_messages->showError(report.error().message);
        if (auto written = ReportPdf::write(path, {title, startsAt, QDateTime::currentDateTime()}, *report); !written)
            return self->m_messages->showError(written.error().message);
        self->m_messages->showInformation(tr("The report was saved as %1.").arg(QDir::toNativeSeparators(path)));
    });
}

void ReportPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_loader->setActive(true);
    followWebinar();
}

void ReportPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_loader->setActive(false);
}

void ReportPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ReportPanel::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Count again now (F5)"));
    m_export->setText(tr("Export &PDF…"));
    m_export->setToolTip(tr("Save this report as a PDF; the access log records the export"));
    showReport();
}

} // namespace regiekamer::ui
