#include "session/CsvExport.h"
#include "protocol/ApiPaths.h"

#include <QNetworkReply>

namespace regiekamer::client {

CsvExport::CsvExport(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

CsvExport::~CsvExport()
{
    abandon();
}

bool CsvExport::start(qint64 webinarId, const QUrlQuery &filters, const QString &filePath, Form form)
{
    if (!start(api::path::expand(api::path::webinarRegistrationsExport, {webinarId}), filters, filePath))
        return false;
    if (form == Form::Spreadsheet)
        m_localiser = std::make_unique<CsvLocaliser>(QLocale());
    return true;
}

bool CsvExport::start(const QString &path, const QUrlQuery &query, const QString &filePath)
{
    if (isRunning())
        return false;
    m_localiser.reset();
    m_file = std::make_unique<QSaveFile>(filePath);
    m_writeFailed = false;
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        Q_EMIT failed(tr("The file %1 cannot be written: %2").arg(filePath, reason));
        return false;
    }
    QPointer<CsvExport> self(this);
    m_reply = m_api->download(path, query, [self](Result<QJsonObject> result) {
        if (self)
            self->onDone(result);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &CsvExport::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &CsvExport::progress);
    return true;
}

void CsvExport::cancel()
{
    if (!isRunning())
        return;
    abandon();
    Q_EMIT cancelled();
}

bool CsvExport::isRunning() const
{
    return m_file != nullptr;
}

void CsvExport::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_file || status < 200 || status >= 300)
        return; // an error body stays in the reply for the error message
    const QByteArray bytes = m_reply->readAll();
    if (m_file->write(m_localiser ? m_localiser->feed(bytes) : bytes) < 0)
        m_writeFailed = true;
}

void CsvExport::onDone(const Result<QJsonObject> &result)
{
    if (!m_file)
        return;
    if (result && m_reply)
        onReadyRead();
    if (result && m_localiser && m_file->write(m_localiser->finish()) < 0)
        m_writeFailed = true;
    std::unique_ptr<QSaveFile> file = std::move(m_file);
    m_reply.clear();
    if (!result) {
        file->cancelWriting();
        Q_EMIT failed(result.error().message);
        return;
    }
    if (m_writeFailed || !file->commit()) {
        const QString reason = file->errorString();
        file->cancelWriting();
        Q_EMIT failed(tr("The file %1 cannot be written: %2").arg(file->fileName(), reason));
        return;
    }
    Q_EMIT finished(file->fileName());
}

void CsvExport::abandon()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
    }
}

} // namespace regiekamer::client
