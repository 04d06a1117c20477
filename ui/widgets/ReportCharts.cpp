#include "widgets/ReportCharts.h"

#include "models/QuestionModel.h"
#include "protocol/Question.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QStringList>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation); // a live refresh must not make the picture move about
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A count axis from 0 with whole numbers only, a little above the highest value.
QValueAxis *countAxis(qint64 highest, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%d"_s);
    const qint64 top = std::max<qint64>(4, highest + (highest + 9) / 10);
    axis->setRange(0, static_cast<qreal>(top));
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

QDateTimeAxis *timeAxis(const QString &format, const QString &title)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(format);
    axis->setTickCount(5);
    axis->setTitleText(title);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *horizontal, QAbstractAxis *vertical)
{
    chart->addSeries(series);
    chart->addAxis(horizontal, Qt::AlignBottom);
    chart->addAxis(vertical, Qt::AlignLeft);
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
}

} // namespace

QChart *ReportCharts::make(Kind kind, const api::WebinarReport &report)
{
    switch (kind) {
    case Kind::Registrations:
        return registrationsChart(report);
    case Kind::Viewers:
        return viewersChart(report);
    case Kind::Questions:
        return countsChart(title(kind), report.questionsByState, &ReportCharts::questionStateName, tr("Questions"));
    case Kind::Funnel:
        break;
    }
    return countsChart(title(kind), report.funnel, &ReportCharts::stageName, tr("Attendees"));
}

QString ReportCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::Registrations:
        return tr("Registrations over time");
    case Kind::Viewers:
        return tr("Viewers per minute");
    case Kind::Questions:
        return tr("Questions by state");
    case Kind::Funnel:
        break;
    }
    return tr("From registration to watching");
}

QChart *ReportCharts::registrationsChart(const api::WebinarReport &report)
{
    QChart *chart = newChart(title(Kind::Registrations));
    auto *series = new QLineSeries;
    qint64 total = 0;
    if (!report.registrationsPerDay.isEmpty())
        series->append(report.registrationsPerDay.first().at.addDays(-1).toMSecsSinceEpoch(), 0);
    for (const api::CountAt &day : report.registrationsPerDay) {
        total += day.count;
        series->append(static_cast<qreal>(day.at.toMSecsSinceEpoch()), static_cast<qreal>(total));
    }
    attach(chart, series, timeAxis(QLocale().dateFormat(QLocale::ShortFormat), tr("Day")),
           countAxis(total, tr("Registrations")));
    return chart;
}

QChart *ReportCharts::viewersChart(const api::WebinarReport &report)
{
    QChart *chart = newChart(title(Kind::Viewers));
    auto *series = new QLineSeries;
    for (const api::CountAt &minute : report.viewersPerMinute)
        series->append(static_cast<qreal>(minute.at.toMSecsSinceEpoch()), static_cast<qreal>(minute.count));
    auto *time = timeAxis(QLocale().timeFormat(QLocale::ShortFormat), tr("Time"));
    if (report.viewersPerMinute.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTime();
        time->setRange(now.addSecs(-3600), now);
    }
    attach(chart, series, time, countAxis(report.peakViewers(), tr("Viewers")));
    return chart;
}

// Horizontal bars, the first count on top: the category names (long in Dutch) get the chart's width.
QChart *ReportCharts::countsChart(const QString &title, const QList<api::NamedCount> &counts,
                                  QString (*name)(const QString &), const QString &axisTitle)
{
    QChart *chart = newChart(title);
    auto *set = new QBarSet(axisTitle);
    QStringList categories;
    qint64 highest = 0;
    for (auto each = counts.crbegin(); each != counts.crend(); ++each) {
        *set << static_cast<qreal>(each->count);
        categories << name(each->name);
        highest = std::max(highest, each->count);
    }
    set->setLabelColor(chart->palette().color(QPalette::Text));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *values = countAxis(highest, axisTitle);
    chart->addSeries(series);
    chart->addAxis(values, Qt::AlignBottom);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(values);
    series->attachAxis(categoryAxis);
    return chart;
}

QString ReportCharts::stageName(const QString &stage)
{
    namespace s = api::funnelStage;
    if (stage == QLatin1StringView(s::registered))
        return tr("Registered");
    if (stage == QLatin1StringView(s::approved))
        return tr("Approved");
    if (stage == QLatin1StringView(s::joined))
        return tr("Joined");
    if (stage == QLatin1StringView(s::stayed))
        return tr("Watched half or more");
    return stage;
}

QString ReportCharts::questionStateName(const QString &state)
{
    const auto known = api::questionStateFromWire(state);
    return known ? client::QuestionModel::stateDisplayName(*known) : state;
}

QString ReportCharts::describe(Kind kind, const api::WebinarReport &report)
{
    const auto listed = [](const QList<api::NamedCount> &counts, QString (*name)(const QString &)) {
        QStringList parts;
        for (const api::NamedCount &each : counts)
            parts << tr("%1: %2").arg(name(each.name), QLocale().toString(each.count));
        return parts.join(u", "_s);
    };
    switch (kind) {
    case Kind::Registrations:
        return tr("%n registration(s) in total.", nullptr, static_cast<int>(report.registrationTotal()));
    case Kind::Viewers:
        return tr("At most %n viewer(s) at once.", nullptr, static_cast<int>(report.peakViewers()));
    case Kind::Questions:
        return listed(report.questionsByState, &ReportCharts::questionStateName);
    case Kind::Funnel:
        break;
    }
    return listed(report.funnel, &ReportCharts::stageName);
}

QString ReportCharts::summary(const api::WebinarReport &report)
{
    qint64 approved = 0, questions = 0;
    for (const api::NamedCount &stage : report.funnel)
        if (stage.name == QLatin1StringView(api::funnelStage::approved))
            approved = stage.count;
    for (const api::NamedCount &state : report.questionsByState)
        questions += state.count;
    return tr("%1 registrations, %2 approved, at most %3 viewers at once, %4 questions.")
        .arg(QLocale().toString(report.registrationTotal()), QLocale().toString(approved),
             QLocale().toString(report.peakViewers()), QLocale().toString(questions));
}

} // namespace regiekamer::ui
