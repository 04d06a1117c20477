#pragma once

#include "base/Result.h"
#include "protocol/Report.h"

#include <QCoreApplication>
#include <QString>

namespace regiekamer::ui {

// Writes a webinar's report as a PDF (A4, two pages): the webinar, when the report was made, the numbers in words
// and the four charts of ReportCharts. The file holds counts only, never a person; the server logged fetching them
// as an export (GET …/report/export) before this is called.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    struct Heading
    {
        QString webinarTitle;
        QDateTime startsAt;
        QDateTime madeAt; // when the report was fetched
    };
    // A translated error naming the file when it cannot be written; the file is then not left half written.
    static Status write(const QString &path, const Heading &heading, const api::WebinarReport &report);
};

} // namespace regiekamer::ui
