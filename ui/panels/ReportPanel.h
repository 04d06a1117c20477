#pragma once

#include "protocol/Roles.h"

#include <QWidget>

#include <functional>

class QChartView;
class QLabel;
class QPushButton;

namespace regiekamer::client {
class ReportLoader;
class SessionController;
} // namespace regiekamer::client

namespace regiekamer::ui {

class MessageBar;

// The report tab of the webinar chosen in the Webinars tab (docs/reports.md): the numbers in one sentence and four
// charts (ReportCharts), refreshed from the live events while the tab is shown; for roles with the export right a PDF
// of it (ReportPdf), fetched through the server's export path so the access log records it.
class ReportPanel : public QWidget
{
    Q_OBJECT
public:
    ReportPanel(client::SessionController *session, Role role, QWidget *parent = nullptr);

    // Asks where to save the PDF; empty: cancelled. Tests replace it so no modal dialog opens.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;
    static void setFileChooser(FileChooser chooser); // {}: the standard save dialog

    client::ReportLoader *loader() const;
    void exportPdf();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void followWebinar();
    void showReport();
    void onExported(const QString &path, const QString &title, const QDateTime &startsAt);
    void retranslate();

    client::SessionController *m_session;
    client::ReportLoader *m_loader;
    MessageBar *m_messages;
    QLabel *m_heading;
    QLabel *m_summary;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QList<QChartView *> m_charts;
    bool m_exporting = false;
};

} // namespace regiekamer::ui
