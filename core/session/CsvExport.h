#pragma once

#include "net/ApiClient.h"
#include "session/CsvLocaliser.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>

#include <memory>

namespace regiekamer::client {

// Downloads a CSV export (a webinar's registrations, the access log) from the server (the server decides the columns)
// into a file. The data goes to a QSaveFile as it arrives; only a complete, successful download replaces the
// target, so a failure or cancel() never leaves a partial file behind.
class CsvExport : public QObject
{
    Q_OBJECT
public:
    CsvExport(ApiClient *api, QObject *parent = nullptr);
    ~CsvExport() override;

    // Spreadsheet: for a spreadsheet in the person's language (CsvLocaliser); Plain: the server's UTF-8 with commas.
    enum class Form { Spreadsheet, Plain };

    // Starts the download of the webinar's registrations that pass `filters` (the list's: search, approval,
    // present); false (with failed emitted) when the file cannot be opened or one is running.
    bool start(qint64 webinarId, const QUrlQuery &filters, const QString &filePath, Form form);
    // Any CSV endpoint (e.g. the access log's export with its filters).
    bool start(const QString &path, const QUrlQuery &query, const QString &filePath);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1: unknown
    void finished(const QString &filePath);
    void failed(const QString &message);
    void cancelled();

private:
    void onReadyRead();
    void onDone(const Result<QJsonObject> &result);
    void abandon();

    ApiClient *m_api;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvLocaliser> m_localiser; // nullptr: the bytes as the server sent them
    bool m_writeFailed = false;
};

} // namespace regiekamer::client
