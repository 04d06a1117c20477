#include "cli/KeyCommands.h"

#include "audit/KeyOperationAudit.h"
#include "cli/CliOutput.h"
#include "db/Database.h"
#include "keys/KeyRotation.h"
#include "keys/KeyStore.h"

#include <map>

namespace regiekamer::server::keyCommands {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : u"-"_s;
}

} // namespace

int status(KeyStore &store)
{
    auto records = masterVersions::all(store.database());
    auto current = masterVersions::current(store.database());
    auto counts = masterVersions::dataKeysPerVersion(store.database());
    if (const auto error = firstError(records, current, counts))
        return cli::failWith(error->message);
    cli::print(u"Master key file: %1"_s.arg(store.masterKeyPath()));
    if (records->isEmpty()) {
        cli::print(u"No master key yet: the server creates it on its first start."_s);
        return 0;
    }
    cli::print(u"%1  %2  %3  %4  %5"_s.arg(u"VERSION"_s, -7)
                   .arg(u"STATE"_s, -8)
                   .arg(u"CREATED"_s, -20)
                   .arg(u"RETIRED"_s, -20)
                   .arg(u"DATA KEYS"_s));
    for (const auto &record : std::as_const(*records)) {
        const QString state = record.version == *current ? u"current"_s
            : record.retiredAt.isValid()                 ? u"retired"_s
                                                         : u"old"_s;
        const auto count = counts->find(record.version);
        cli::print(u"%1  %2  %3  %4  %5"_s.arg(record.version, -7)
                       .arg(state, -8)
                       .arg(timeText(record.createdAt), -20)
                       .arg(timeText(record.retiredAt), -20)
                       .arg(count == counts->end() ? 0 : count->second));
    }
    return 0;
}

int rotate(KeyStore &store, audit::AuditLog &log, int batchSize)
{
    audit::KeyOperationAudit record(log, qEnvironmentVariable("USER", u"operator"_s));
    KeyRotation rotation(store, record, batchSize);
    auto report = rotation.run([](qint64 rewrapped) { cli::progress(u"Re-wrapped %1 data keys\r"_s.arg(rewrapped)); });
    if (!report) {
        return cli::failWith(u"%1\nThe rotation stopped; the data stays readable. Run `keys rotate` again to "
                             "finish it."_s.arg(report.error().message));
    }
    QStringList retired;
    for (int version : std::as_const(report->retiredVersions))
        retired.append(QString::number(version));
    cli::print(
        u"Master key rotated: version %1 is current, %2 data keys re-wrapped, version(s) %3 retired.\n"
        "The key file %4 now holds only version %1: back it up now, apart from the database."_s.arg(report->newVersion)
            .arg(report->rewrapped)
            .arg(retired.isEmpty() ? u"-"_s : retired.join(u", "_s), store.masterKeyPath()));
    return 0;
}

} // namespace regiekamer::server::keyCommands
