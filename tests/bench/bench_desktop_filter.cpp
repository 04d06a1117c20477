// Desktop filter bench: 100,000 synthetic registrations in RegistrationModel + RegistrationFilterModel.
// Prints (does not assert): time per search keystroke (a 6-letter search typed one key at a time), sort time on
// the full set, and the longest event-loop stall while the rows arrive page by page through PagedLoader
// (measured with a 1 ms timer). Goals: keystroke < 50 ms, no stall > 100 ms.
#include "PagedLoader.h"
#include "RegistrationFilterModel.h"
#include "RegistrationModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regiekamer;
using client::RegistrationModel;

namespace {

constexpr qint64 rowCount = 100000;

api::Registration synthetic(qint64 id, QRandomGenerator &random)
{
    static const QStringList first {u"Anna"_s, u"Bram"_s,  u"Chris"_s, u"Daan"_s,  u"Eva"_s,  u"Fleur"_s,
                                    u"Gijs"_s, u"Hanna"_s, u"Ivo"_s,   u"Julia"_s, u"Kees"_s, u"Lotte"_s};
    static const QStringList last {u"de Vries"_s, u"Jansen"_s,  u"Bakker"_s, u"Visser"_s, u"Smit"_s,
                                   u"Meijer"_s,   u"de Boer"_s, u"Mulder"_s, u"Bos"_s,    u"Vos"_s};
    static const QStringList companies {u"Gemeente Utrecht"_s,      u"Rabobank"_s,           u"Philips"_s, u"KPN"_s,
                                        u"Stichting Marktplaats"_s, u"Universiteit Leiden"_s};
    api::Registration r;
    r.id = id;
    r.webinarId = 1;
    const QString name = first.at(random.bounded(first.size())) + u' ' + last.at(random.bounded(last.size()));
    r.fullName = name + u' ' + QString::number(id);
    r.contact = api::ContactFields {u"person%1@example.org"_s.arg(id), u"+31 6 %1"_s.arg(id)};
    r.profile = api::ProfileFields {companies.at(random.bounded(companies.size())), u"Adviseur"_s};
    r.registration = api::RegistrationFields {QDateTime::currentDateTimeUtc().addSecs(-id),
                                              static_cast<api::ApprovalState>(random.bounded(3))};
    r.attendance = api::AttendanceFields {{}, {}, random.bounded(120), random.bounded(2) == 1};
    r.consent = api::Consent {true, false, {}};
    return r;
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Loads the rows through PagedLoader (pages of 500, each arriving 1 ms later like a network reply) and reports
// the longest gap between ticks of a 1 ms timer.
void measureLoading(RegistrationModel &model, const QList<api::Registration> &all)
{
    client::PagedLoader loader;
    QEventLoop loop;
    QObject::connect(&loader, &client::PagedLoader::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceTick;
    double longest = 0;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        longest = std::max(longest, ms(sinceTick));
        sinceTick.restart();
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start(1);
    loader.start([&model, &all](qint64 offset, qint64 limit, client::PagedLoader::Reply reply) {
        QTimer::singleShot(1, &model, [&model, &all, offset, limit, reply] {
            QList<api::Registration> items = all.mid(offset, limit);
            const auto count = items.size();
            reply(client::PagedLoader::PageCount {count, rowCount,
                                                  [&model, items] { model.appendRegistrations(items); }});
        });
    });
    loop.exec();
    (void)std::printf("load-100k-rows-ms %.0f (pages of 500, proxy attached, sorted once at the end)\n", ms(total));
    (void)std::printf("load-longest-event-loop-stall-ms %.1f (goal < 100)\n", longest);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QRandomGenerator random(42);
    QList<api::Registration> all;
    all.reserve(rowCount);
    for (qint64 id = 1; id <= rowCount; ++id)
        all.append(synthetic(id, random));

    RegistrationModel model;
    model.setReadableFields(rights::readableFields(Role::ClientStaff, rights::Resource::Registration));
    client::RegistrationFilterModel proxy;
    proxy.setRegistrations(&model);
    proxy.sort(model.columnOf(RegistrationModel::Field::FullName), Qt::AscendingOrder);
    proxy.setLoading(true);
    measureLoading(model, all);
    QElapsedTimer finalSort;
    finalSort.start();
    proxy.setLoading(false);
    (void)std::printf("sort-once-after-loading-ms %.1f\n", ms(finalSort));
    (void)std::printf("rows %d\n", proxy.rowCount());

    QList<double> keystrokes;
    const QString typed = u"jansen"_s;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(typed.left(length));
        keystrokes.append(ms(timer));
    }
    const int matches = proxy.rowCount();
    QElapsedTimer clearTimer;
    clearTimer.start();
    proxy.setSearchText({});
    const double clearMs = ms(clearTimer);
    QList<double> sorted = keystrokes;
    std::sort(sorted.begin(), sorted.end());
    (void)std::printf("keystroke-ms median %.1f max %.1f (typing \"%s\" over %lld rows, %d matches; goal < 50)\n",
                      sorted.at(sorted.size() / 2), sorted.last(), qPrintable(typed), static_cast<long long>(rowCount),
                      matches);
    (void)std::printf("clear-search-ms %.1f\n", clearMs);

    QElapsedTimer sortTimer;
    sortTimer.start();
    proxy.sort(model.columnOf(RegistrationModel::Field::Company), Qt::DescendingOrder);
    (void)std::printf("sort-full-set-ms %.1f (by company)\n", ms(sortTimer));
    sortTimer.restart();
    proxy.sort(model.columnOf(RegistrationModel::Field::MinutesWatched), Qt::AscendingOrder);
    (void)std::printf("sort-full-set-ms %.1f (by minutes watched)\n", ms(sortTimer));
    QElapsedTimer filterTimer;
    filterTimer.start();
    proxy.setApprovalFilter(api::ApprovalState::Approved);
    proxy.setPresentFilter(true);
    (void)std::printf("approval+present-filter-ms %.1f (%d rows)\n", ms(filterTimer), proxy.rowCount());
    return 0;
}
