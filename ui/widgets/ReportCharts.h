#pragma once

#include "protocol/Report.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace regiekamer::ui {

// The four charts of a webinar's report, made the same way for the report tab and for the PDF: registrations
// over time (cumulative), concurrent viewers per minute, questions by state, the approval funnel. Times are shown
// in the computer's time zone, labels in the app's language.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    enum class Kind { Registrations, Viewers, Questions, Funnel };
    static constexpr Kind allKinds[] = {Kind::Registrations, Kind::Viewers, Kind::Questions, Kind::Funnel};

    // A new chart (the caller owns it) of `kind` for `report`.
    static QChart *make(Kind kind, const api::WebinarReport &report);
    static QString title(Kind kind);
    // The chart's numbers in one sentence, for screen readers and the PDF's text (a chart is a picture to them).
    static QString describe(Kind kind, const api::WebinarReport &report);
    // "148 registrations, 92 approved, at most 71 viewers at once, 23 questions."
    static QString summary(const api::WebinarReport &report);
    static QString stageName(const QString &stage);
    static QString questionStateName(const QString &state);

private:
    static QChart *registrationsChart(const api::WebinarReport &report);
    static QChart *viewersChart(const api::WebinarReport &report);
    static QChart *countsChart(const QString &title, const QList<api::NamedCount> &counts,
                               QString (*name)(const QString &), const QString &axisTitle);
};

} // namespace regiekamer::ui
