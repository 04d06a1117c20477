#include "ExportController.h"

#include "CsvExport.h"
#include "Messages.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

ExportController::FileChooser &chooserSlot()
{
    static ExportController::FileChooser chooser;
    return chooser;
}

QString askForFile(QWidget *parent, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, ExportController::tr("Export registrations"),
                                        QDir(folder).filePath(suggestedName),
                                        ExportController::tr("CSV files (*.csv)"));
}

QString suggestedFileName(const QString &title)
{
    static const QRegularExpression unsafe(u"[^\\w\\- ]+"_s);
    QString name = title;
    name.replace(unsafe, u"_"_s);
    name = name.simplified();
    return (name.isEmpty() ? u"registrations"_s : name) + u".csv"_s;
}

} // namespace

void ExportController::setFileChooser(FileChooser chooser)
{
    chooserSlot() = std::move(chooser);
}

ExportController::FileChooser ExportController::fileChooser()
{
    return chooserSlot() ? chooserSlot() : FileChooser(&askForFile);
}

ExportController::ExportController(client::CsvExport *csvExport, QWidget *parent)
    : QObject(parent)
    , m_export(csvExport)
    , m_parent(parent)
{
    connect(m_export, &client::CsvExport::progress, this, &ExportController::onProgress);
    connect(m_export, &client::CsvExport::finished, this, &ExportController::onFinished);
    connect(m_export, &client::CsvExport::failed, this, &ExportController::onFailed);
    connect(m_export, &client::CsvExport::cancelled, this, &ExportController::onCancelled);
}

bool ExportController::isRunning() const
{
    return m_running;
}

void ExportController::exportWebinar(qint64 webinarId, const QString &webinarTitle)
{
    if (m_running || m_export->isRunning() || webinarId <= 0)
        return;
    const QString path = fileChooser()(m_parent, suggestedFileName(webinarTitle));
    if (path.isEmpty())
        return;
    m_progress =
        new QProgressDialog(tr("Exporting the registrations of %1 …").arg(webinarTitle), tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Export registrations"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &client::CsvExport::cancel);
    m_running = true;
    m_progress->open();
    if (!m_export->start(webinarId, path))
        m_running = false; // failed() has already been handled
}

void ExportController::onProgress(qint64 received, qint64 total)
{
    if (!m_progress)
        return;
    if (total > 0) {
        m_progress->setMaximum(100);
        m_progress->setValue(static_cast<int>(std::min<qint64>(100, received * 100 / total)));
    } else {
        m_progress->setLabelText(tr("Exporting the registrations: %1 kB received …").arg(received / 1024));
    }
}

void ExportController::onFinished(const QString &filePath)
{
    closeProgress();
    const qint64 rows = countCsvRows(filePath);
    const QString file = QDir::toNativeSeparators(filePath);
    const QString message = tr("Exported %n registration(s) to %1.", nullptr, static_cast<int>(rows)).arg(file);
    showNotice(m_parent, tr("Export finished"), message);
    Q_EMIT done(message, true);
}

void ExportController::onFailed(const QString &message)
{
    closeProgress();
    const QString text = tr("The export failed: %1").arg(message);
    showNotice(m_parent, tr("Export failed"), text);
    Q_EMIT done(text, false);
}

void ExportController::onCancelled()
{
    closeProgress();
    Q_EMIT done(tr("The export was cancelled; no file was written."), false);
}

void ExportController::closeProgress()
{
    m_running = false;
    if (m_progress) {
        m_progress->disconnect(this);
        disconnect(m_progress, nullptr, m_export, nullptr);
        m_progress->close();
    }
}

// Counts CSV records: line breaks outside quoted fields, minus the header row.
qint64 ExportController::countCsvRows(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 records = 0;
    bool quoted = false;
    char last = '\n';
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(64 * 1024);
        for (const char c : chunk) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
            last = c;
        }
    }
    if (last != '\n')
        ++records; // no line break after the last record
    return std::max<qint64>(0, records - 1);
}

} // namespace regiekamer::ui
