#include "cli/WebinarCommands.h"

#include "audit/AuditLog.h"
#include "base/ApiError.h"
#include "cli/CliOutput.h"
#include "db/Database.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"

#include <QCommandLineParser>

namespace regiekamer::server::webinarCommands {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 longestMinutes = 24 * 60;

std::optional<qint64> positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional(value) : std::nullopt;
}

// The description as given; empty (never null, which the database refuses) when not given.
QString descriptionOption(const QCommandLineParser &parser)
{
    const QString description = parser.value(u"description"_s);
    return description.isNull() ? u""_s : description;
}

std::optional<QDateTime> timeOption(const QCommandLineParser &parser)
{
    const QDateTime time = QDateTime::fromString(parser.value(u"starts"_s), Qt::ISODate);
    return time.isValid() && time.timeSpec() != Qt::LocalTime ? std::optional(time.toUTC()) : std::nullopt;
}

// The change of `edit`, from the options given (version filled in later).
api::WebinarUpdate updateFrom(const QCommandLineParser &parser)
{
    api::WebinarUpdate change;
    if (parser.isSet(u"title"_s))
        change.title = parser.value(u"title"_s).trimmed();
    if (parser.isSet(u"description"_s))
        change.description = descriptionOption(parser);
    if (parser.isSet(u"starts"_s))
        change.startsAt = timeOption(parser);
    if (parser.isSet(u"duration"_s))
        change.durationMinutes = positiveNumber(parser.value(u"duration"_s));
    return change;
}

// Commits the change with its access log entry, or nothing at all.
Status commitLogged(Transaction &transaction, audit::AuditLog &log, const api::AuditEntry &entry)
{
    if (auto appended = log.append(entry); !appended)
        return std::unexpected(appended.error());
    return transaction.commit();
}

// 0 once the change and its access log entry are committed together; otherwise 1, and nothing changed.
int commitWithEntry(Transaction &transaction, audit::AuditLog &log, const api::AuditEntry &entry,
                    const QString &notDone)
{
    if (auto committed = commitLogged(transaction, log, entry); !committed)
        return cli::failWith(
            u"%1: the access log entry could not be written (%2)."_s.arg(notDone, committed.error().message));
    return 0;
}

// The stored webinar, or the message that says why there is none.
Result<api::WebinarSummary> stored(WebinarRepository &webinars, qint64 id)
{
    auto current = webinars.find(id);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(QString::fromLatin1(api::errc::notFound), u"No webinar %1 (see: webinar list)."_s.arg(id));
    return (*current)->summary;
}

api::AuditEntry entryFor(const QString &operatorName, const char *action, qint64 webinarId, const QString &command)
{
    api::AuditEntry entry = audit::operatorEntry(operatorName, action, u"webinar"_s, webinarId, command);
    entry.webinarId = webinarId;
    return entry;
}

void printWebinars(const QList<api::WebinarSummary> &webinars)
{
    cli::print(u"%1  %2  %3  %4  %5  %6"_s.arg(u"ID"_s, -4)
                   .arg(u"STATE"_s, -9)
                   .arg(u"STARTS (UTC)"_s, -17)
                   .arg(u"MIN"_s, 4)
                   .arg(u"REG."_s, 5)
                   .arg(u"TITLE (ORGANISATION)"_s));
    for (const api::WebinarSummary &webinar : webinars) {
        cli::print(u"%1  %2  %3  %4  %5  %6 (%7)"_s.arg(webinar.id, -4)
                       .arg(webinarStateToWire(webinar.state), -9)
                       .arg(webinar.startsAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), -17)
                       .arg(webinar.durationMinutes, 4)
                       .arg(webinar.registrationCount, 5)
                       .arg(webinar.title, webinar.organisationName));
    }
}

int list(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QString &operatorName)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    api::UserInfo admin;
    admin.role = Role::Admin; // the operator sees what an administrator sees: every webinar
    auto webinars = WebinarRepository(database, cipher).listVisibleTo(admin);
    if (!webinars)
        return cli::failWith(webinars.error().message);
    api::AuditEntry entry = entryFor(operatorName, api::auditAction::read, 0, u"regiekamer-admin webinar list"_s);
    entry.rowCount = webinars->size();
    if (auto committed = commitLogged(transaction, log, entry); !committed)
        return cli::failWith(u"The read was not logged, so nothing is shown: %1"_s.arg(committed.error().message));
    printWebinars(*webinars);
    return 0;
}

int create(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
           const QString &operatorName)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    const QString organisation = parser.value(u"organisation"_s).trimmed();
    auto organisationId = positiveNumber(organisation)
        ? Result<qint64>(*positiveNumber(organisation))
        : UserRepository(database, cipher).organisationId(organisation, false);
    if (!organisationId)
        return cli::failWith(u"No organisation \"%1\" (its name or number)."_s.arg(organisation));
    auto created = WebinarRepository(database, cipher)
                       .create({*organisationId, parser.value(u"title"_s).trimmed(), descriptionOption(parser),
                                *timeOption(parser), *positiveNumber(parser.value(u"duration"_s))});
    if (!created)
        return cli::failWith(created.error().message);
    const qint64 id = created->summary.id;
    if (const int refused =
            commitWithEntry(transaction, log,
                            entryFor(operatorName, api::auditAction::create, id, u"regiekamer-admin webinar create"_s),
                            u"Not created"_s))
        return refused;
    cli::print(u"Created webinar %1 \"%2\" (draft) for %3."_s.arg(id).arg(created->summary.title,
                                                                          created->summary.organisationName));
    return 0;
}

int edit(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
         const QString &operatorName, qint64 id)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    WebinarRepository webinars(database, cipher);
    const auto current = stored(webinars, id);
    if (!current)
        return cli::failWith(current.error().message);
    api::WebinarUpdate change = updateFrom(parser);
    change.version = current->version;
    auto updated = webinars.update(id, change);
    if (!updated)
        return cli::failWith(updated.error().message);
    if (const int refused = commitWithEntry(
            transaction, log, entryFor(operatorName, api::auditAction::update, id, u"regiekamer-admin webinar edit"_s),
            u"Not changed"_s))
        return refused;
    cli::print(u"Webinar %1 \"%2\" changed."_s.arg(id).arg(updated->summary.title));
    return 0;
}

int remove(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
           const QString &operatorName, qint64 id)
{
    Transaction transaction(database);
    if (!transaction.started())
        return cli::failWith(transaction.started().error().message);
    WebinarRepository webinars(database, cipher);
    const auto current = stored(webinars, id);
    if (!current)
        return cli::failWith(current.error().message);
    const api::WebinarSummary &webinar = *current;
    if (!parser.isSet(u"yes"_s)) {
        return cli::failWith(u"This deletes webinar %1 \"%2\" (%3) with its %4 registration(s) and its questions, "
                             "and cannot be undone. Run it again with --yes to delete it."_s.arg(id)
                                 .arg(webinar.title, webinarStateToWire(webinar.state))
                                 .arg(webinar.registrationCount));
    }
    if (auto removed = webinars.remove(id); !removed)
        return cli::failWith(removed.error().message);
    if (const int refused =
            commitWithEntry(transaction, log,
                            entryFor(operatorName, api::auditAction::remove, id, u"regiekamer-admin webinar delete"_s),
                            u"Not deleted"_s))
        return refused;
    cli::print(u"Deleted webinar %1 \"%2\" with its %3 registration(s)."_s.arg(id)
                   .arg(webinar.title)
                   .arg(webinar.registrationCount));
    return 0;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions(
        {{u"title"_s, u"webinar: the title."_s, u"T"_s},
         {u"description"_s, u"webinar: the description."_s, u"D"_s},
         {u"starts"_s, u"webinar: the start (ISO 8601 with a zone, e.g. 2026-12-10T14:00:00+01:00)."_s, u"TIME"_s},
         {u"duration"_s, u"webinar: the length in minutes."_s, u"MIN"_s},
         {u"yes"_s, u"webinar delete: really delete."_s}});
}

int checkUsage(const QCommandLineParser &parser, QString *problem)
{
    const QStringList command = parser.positionalArguments();
    const QString sub = command.value(1);
    const bool withId = sub == "edit"_L1 || sub == "delete"_L1;
    if (!((sub == "list"_L1 || sub == "create"_L1) && command.size() == 2) && !(withId && command.size() == 3))
        *problem = u"Unknown command \"%1\"."_s.arg(command.join(u' '));
    else if (withId && !positiveNumber(command.at(2)))
        *problem = u"ID is the webinar's number (the first column of \"webinar list\")."_s;
    else if (sub == "create"_L1 &&
             (!parser.isSet(u"organisation"_s) || !parser.isSet(u"title"_s) || !parser.isSet(u"starts"_s) ||
              !parser.isSet(u"duration"_s)))
        *problem = u"webinar create needs --organisation, --title, --starts and --duration."_s;
    else if (parser.isSet(u"title"_s) && parser.value(u"title"_s).trimmed().isEmpty())
        *problem = u"--title may not be empty."_s;
    else if (parser.isSet(u"starts"_s) && !timeOption(parser))
        *problem = u"--starts needs a time with its zone, e.g. 2026-12-10T14:00:00+01:00 or 2026-12-10T13:00:00Z."_s;
    else if (parser.isSet(u"duration"_s) &&
             positiveNumber(parser.value(u"duration"_s)).value_or(longestMinutes + 1) > longestMinutes)
        *problem = u"--duration is a number of minutes from 1 to %1."_s.arg(longestMinutes);
    else if (sub == "edit"_L1 && !parser.isSet(u"title"_s) && !parser.isSet(u"description"_s) &&
             !parser.isSet(u"starts"_s) && !parser.isSet(u"duration"_s))
        *problem = u"webinar edit needs at least one of --title, --description, --starts, --duration."_s;
    return problem->isEmpty() ? 0 : 2;
}

int run(Database &database, FieldCipher &cipher, audit::AuditLog &log, const QCommandLineParser &parser,
        const QString &operatorName)
{
    const QStringList command = parser.positionalArguments();
    const QString sub = command.at(1);
    if (sub == "list"_L1)
        return list(database, cipher, log, operatorName);
    if (sub == "create"_L1)
        return create(database, cipher, log, parser, operatorName);
    const qint64 id = *positiveNumber(command.at(2));
    if (sub == "edit"_L1)
        return edit(database, cipher, log, parser, operatorName, id);
    return remove(database, cipher, log, parser, operatorName, id);
}

} // namespace regiekamer::server::webinarCommands
