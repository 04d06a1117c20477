// Desktop cache bench (issue 5): the encrypted offline cache with 100,000 registrations of one webinar.
// Prints (does not assert): the Argon2id key derivation (production parameters, m = 64 MiB, t = 3, p = 1), writing
// the attendee list (as the workspace does: one sealed record per page of 500, plus the longest single page write,
// i.e. the longest UI stall), and opening the cache and showing the list (finding the file with the derived key +
// decrypt + parse + fill RegistrationModel; goal < 1 s), next to filling the model from memory (the baseline, same
// process). Prints the load average before and after.
#include "cache/CacheKey.h"
#include "cache/CacheRecords.h"
#include "cache/ClientCache.h"
#include "models/RegistrationModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

constexpr qint64 rowCount = 100000;
constexpr int runs = 5;
const QUrl server(u"https://bench.example"_s);
const QString email = u"bench@example.org"_s;

api::Registration synthetic(qint64 id)
{
    api::Registration r;
    r.id = id;
    r.webinarId = 1;
    r.fullName = u"Anna de Vries %1"_s.arg(id);
    r.contact = api::ContactFields {u"person%1@example.org"_s.arg(id), u"+31 6 %1"_s.arg(id)};
    r.profile = api::ProfileFields {u"Gemeente Utrecht"_s, u"Adviseur"_s};
    r.registration =
        api::RegistrationFields {QDateTime::currentDateTimeUtc().addSecs(-id), api::ApprovalState::Approved};
    r.attendance = api::AttendanceFields {{}, {}, id % 120, id % 2 == 0, false, {}, {}};
    r.consent = api::Consent {true, false, {}};
    return r;
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed() : QByteArray("?");
}

QList<rights::FieldClass> everyClass()
{
    return rights::readableFields(Role::Admin, rights::Resource::Registration);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCA::Initializer crypto;
    std::printf("load average before: %s\n", loadAverage().constData());
    QTemporaryDir dir;
    const client::CacheConfig config {dir.path(), client::cachekey::defaultParameters};

    QList<api::Registration> all;
    all.reserve(rowCount);
    for (qint64 id = 1; id <= rowCount; ++id)
        all.append(synthetic(id));

    client::ClientCache cache(config);
    const auto kdf = cache.directoryKdf(true);
    if (!kdf || !*kdf)
        return 1;
    QList<double> derivation;
    QCA::SecureArray key;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto derived = client::cachekey::derive(QCA::SecureArray(QByteArray("correct horse battery")), (*kdf)->salt,
                                                (*kdf)->parameters);
        derivation.append(ms(timer));
        if (!derived)
            return 1;
        key = *derived;
    }
    std::printf("argon2id-derivation-ms (m=%u KiB, t=%u, p=%u) median=%.0f\n", (*kdf)->parameters.memoryKiB,
                (*kdf)->parameters.iterations, (*kdf)->parameters.lanes, median(derivation));
    if (!cache.open(server, email, key, true).value_or(false))
        return 1;

    QElapsedTimer write;
    write.start();
    double longestPage = 0;
    for (qint64 page = 0; page * 500 < rowCount; ++page) {
        QElapsedTimer one;
        one.start();
        if (!client::CacheRecords(cache).storeRegistrationPage(1, page, all.mid(page * 500, 500),
                                                               QDateTime::currentDateTimeUtc()))
            return 1;
        longestPage = std::max(longestPage, ms(one));
    }
    std::printf("write-100k-page-by-page-ms=%.0f (longest single page: %.1f ms)\n", ms(write), longestPage);
    write.restart();
    if (!client::CacheRecords(cache).storeRegistrations(1, all, QDateTime::currentDateTimeUtc()))
        return 1;
    std::printf("write-100k-one-transaction-ms=%.0f\n", ms(write));
    const QString path = cache.filePath();
    cache.lock();
    std::printf("cache-file-mib=%.1f\n", static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0));

    QList<double> baseline, open, decrypt;
    for (int run = 0; run < runs; ++run) {
        {
            client::RegistrationModel model;
            model.setReadableFields(everyClass());
            QElapsedTimer timer;
            timer.start();
            model.appendRegistrations(all);
            baseline.append(ms(timer));
        }
        client::ClientCache reader(config);
        client::RegistrationModel model;
        model.setReadableFields(everyClass());
        QElapsedTimer timer;
        timer.start();
        if (!reader.open(server, email, key, false).value_or(false))
            return 1;
        const auto loaded = client::CacheRecords(reader).loadRegistrations(1);
        decrypt.append(ms(timer));
        model.appendRegistrations(loaded.items);
        open.append(ms(timer));
        if (model.rowCount() != rowCount || !loaded.problems.isEmpty())
            return 1;
    }
    std::printf("fill-model-from-memory-ms median=%.0f (baseline)\n", median(baseline));
    std::printf("open-cache-and-read-100k-ms median=%.0f (find the file, check key, decrypt, parse)\n",
                median(decrypt));
    std::printf("open-cache-and-show-100k-ms median=%.0f (goal < 1000; %.1fx the baseline)\n", median(open),
                median(open) / median(baseline));
    std::printf("load average after: %s\n", loadAverage().constData());
    return 0;
}
