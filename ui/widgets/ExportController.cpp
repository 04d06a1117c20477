#include "widgets/ExportController.h"

#include "protocol/ApiPaths.h"
#include "protocol/AuditEntry.h"
#include "session/CsvExport.h"
#include "widgets/Messages.h"

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

// Whether the last save dialog chose the plain form (its second file type).
bool &plainChosen()
{
    static bool plain = false;
    return plain;
}

QString spreadsheetFilter()
{
    return ExportController::tr("CSV for spreadsheets in this language (*.csv)");
}

QString plainFilter()
{
    return ExportController::tr("Plain CSV, UTF-8 with commas (*.csv)");
}

// Registrations come in two forms (the dialog's two file types); the access log only in the plain one.
QString askForFileTitled(QWidget *parent, const QString &suggestedName, const QString &title, bool twoForms)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosenFilter = twoForms ? spreadsheetFilter() : plainFilter();
    const QString filters = twoForms ? spreadsheetFilter() + u";;"_s + plainFilter() : plainFilter();
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), filters, &chosenFilter);
    plainChosen() = chosenFilter == plainFilter();
    return path;
}

QString askForFile(QWidget *parent, const QString &suggestedName)
{
    return askForFileTitled(parent, suggestedName, ExportController::tr("Export registrations"), true);
}

} // namespace

QString ExportController::safeFileName(const QString &title, const QString &fallback)
{
    static const QRegularExpression unsafe(u"[^\\w\\- ]+"_s);
    QString name = title;
    name.replace(unsafe, u"_"_s);
    name = name.simplified();
    return name.isEmpty() ? fallback : name;
}

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

void ExportController::exportWebinar(qint64 webinarId, const QString &webinarTitle, const QUrlQuery &filters)
{
    plainChosen() = false;
    if (webinarId <= 0 ||
        !begin(Kind::Registrations, safeFileName(webinarTitle, u"registrations"_s) + u".csv"_s,
               tr("Exporting the registrations of %1 …").arg(webinarTitle)))
        return;
    const auto form = plainChosen() ? client::CsvExport::Form::Plain : client::CsvExport::Form::Spreadsheet;
    if (!m_export->start(webinarId, filters, m_path, form))
        m_running = false; // failed() has already been handled
}

void ExportController::exportAccessLog(const QUrlQuery &filters)
{
    if (!begin(Kind::AccessLog, tr("access-log") + u".csv"_s, tr("Exporting the access log …")))
        return;
    if (!m_export->start(QString::fromLatin1(api::path::auditExport), filters, m_path))
        m_running = false;
}

// Asks for the file and opens the progress dialog; false when an export runs or the person cancelled.
bool ExportController::begin(Kind kind, const QString &suggestedName, const QString &label)
{
    if (m_running || m_export->isRunning())
        return false;
    m_kind = kind;
    m_path = chooserSlot() ? chooserSlot()(m_parent, suggestedName)
                           : askForFileTitled(m_parent, suggestedName, title(), kind == Kind::Registrations);
    if (m_path.isEmpty())
        return false;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(title());
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &client::CsvExport::cancel);
    m_running = true;
    m_progress->open();
    return true;
}

QString ExportController::title() const
{
    return m_kind == Kind::AccessLog ? tr("Export access log") : tr("Export registrations");
}

void ExportController::onProgress(qint64 received, qint64 total)
{
    if (!m_progress)
        return;
    if (total > 0) {
        m_progress->setMaximum(100);
        m_progress->setValue(static_cast<int>(std::min<qint64>(100, received * 100 / total)));
    } else {
        m_progress->setLabelText(m_kind == Kind::AccessLog
                                     ? tr("Exporting the access log: %1 kB received …").arg(received / 1024)
                                     : tr("Exporting the registrations: %1 kB received …").arg(received / 1024));
    }
}

void ExportController::onFinished(const QString &filePath)
{
    closeProgress();
    const qint64 rows = countCsvRows(filePath);
    const QString file = QDir::toNativeSeparators(filePath);
    const QString message = m_kind == Kind::AccessLog
        ? tr("Exported %n access log entry(ies) to %1.", nullptr, static_cast<int>(rows)).arg(file)
        : tr("Exported %n registration(s) to %1.", nullptr, static_cast<int>(rows)).arg(file);
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
        const QByteArray chunk = file.read(qint64 {64} * 1024);
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
