#include "widgets/ReportPdf.h"

#include "widgets/ReportCharts.h"

#include <QChart>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

constexpr int dotsPerInch = 300;
constexpr QSizeF chartSceneSize {900, 480}; // the chart's own layout size; scaled onto the page

// Draws `text` in `font` at the top of `area` and returns the space below it.
QRectF drawText(QPainter &painter, QRectF area, const QString &text, const QFont &font)
{
    painter.setFont(font);
    QRectF used;
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text, &used);
    area.setTop(used.bottom() + painter.fontMetrics().height() * 0.4);
    return area;
}

// "Monday 7 December 2026, 15:45" in the app's language and the computer's time zone.
QString dayAndTime(const QLocale &locale, const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + u", "_s +
        locale.toString(local.time(), QLocale::ShortFormat);
}

QFont sized(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// One chart and its numbers in words below it.
QRectF drawChart(QPainter &painter, QRectF area, ReportCharts::Kind kind, const api::WebinarReport &report)
{
    QGraphicsScene scene;
    QChart *chart = ReportCharts::make(kind, report);
    scene.addItem(chart); // the scene owns it from here
    chart->resize(chartSceneSize);
    const qreal height = area.width() * chartSceneSize.height() / chartSceneSize.width();
    const QRectF target(area.topLeft(), QSizeF(area.width(), height));
    scene.render(&painter, target, QRectF(QPointF(0, 0), chartSceneSize));
    area.setTop(target.bottom());
    return drawText(painter, area, ReportCharts::describe(kind, report), sized(9));
}

void drawFooter(QPainter &painter, const QRectF &page, int number, int count)
{
    painter.setFont(sized(8));
    const QString text =
        ReportPdf::tr("Counts only: this report holds no personal data. Page %1 of %2.").arg(number).arg(count);
    painter.drawText(page, Qt::AlignLeft | Qt::AlignBottom, text);
}

} // namespace

Status ReportPdf::write(const QString &path, const Heading &heading, const api::WebinarReport &report)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return fail(u"file_not_written"_s,
                    tr("The report could not be saved as %1: %2. Choose another folder or file name.")
                        .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    {
        QPdfWriter writer(&file);
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setTitle(tr("Report: %1").arg(heading.webinarTitle));
        writer.setCreator(u"Regiekamer"_s);
        QPainter painter(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(dotsPerInch);
        const QLocale locale;
        QRectF area = drawText(painter, page, tr("Webinar report"), sized(18, true));
        area = drawText(painter, area, heading.webinarTitle, sized(14, true));
        area = drawText(painter, area,
                        tr("Scheduled for %1. Report made on %2.")
                            .arg(dayAndTime(locale, heading.startsAt), dayAndTime(locale, heading.madeAt)),
                        sized(10));
        area = drawText(painter, area, ReportCharts::summary(report), sized(10));
        area = drawChart(painter, area, ReportCharts::Kind::Registrations, report);
        drawChart(painter, area, ReportCharts::Kind::Viewers, report);
        drawFooter(painter, page, 1, 2);
        writer.newPage();
        area = drawChart(painter, page, ReportCharts::Kind::Questions, report);
        drawChart(painter, area, ReportCharts::Kind::Funnel, report);
        drawFooter(painter, page, 2, 2);
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace regiekamer::ui
