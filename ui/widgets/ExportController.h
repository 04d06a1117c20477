#pragma once

#include <QObject>
#include <QPointer>

#include <QUrlQuery>

#include <functional>

class QProgressDialog;
class QWidget;

namespace regiekamer::client {
class CsvExport;
} // namespace regiekamer::client

namespace regiekamer::ui {

// Runs one CSV export (a webinar's registrations or the access log with its filters): asks where to save it, shows a
// cancellable progress dialog fed by the download progress and ends with a translated message naming the file and the
// number of rows.
class ExportController : public QObject
{
    Q_OBJECT
public:
    // Asks for the target file; empty: the person cancelled. Tests replace it so no modal dialog opens.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;
    static void setFileChooser(FileChooser chooser); // {}: the standard QFileDialog::getSaveFileName
    static FileChooser fileChooser();

    ExportController(client::CsvExport *csvExport, QWidget *parent);

    // The registrations the list shows (filters: its search, approval and presence), in the form chosen in the save
    // dialog: for a spreadsheet in the person's language (the default), or plain UTF-8 with commas.
    void exportWebinar(qint64 webinarId, const QString &webinarTitle, const QUrlQuery &filters);
    void exportAccessLog(const QUrlQuery &filters);
    bool isRunning() const;
    static qint64 countCsvRows(const QString &filePath); // data rows, header excluded; -1: unreadable
    // A file name (without extension) from a title: only letters, digits, '-', '_' and spaces; `fallback` if empty.
    static QString safeFileName(const QString &title, const QString &fallback);

Q_SIGNALS:
    void done(const QString &message, bool success);

private:
    enum class Kind { Registrations, AccessLog };
    bool begin(Kind kind, const QString &suggestedName, const QString &label);
    QString title() const;
    void onProgress(qint64 received, qint64 total);
    void onFinished(const QString &filePath);
    void onFailed(const QString &message);
    void onCancelled();
    void closeProgress();

    client::CsvExport *m_export;
    QWidget *m_parent;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    Kind m_kind = Kind::Registrations;
    bool m_running = false;
};

} // namespace regiekamer::ui
