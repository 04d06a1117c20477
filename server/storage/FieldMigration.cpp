#include "storage/FieldMigration.h"

#include "crypto/SecureCompare.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/UserRepository.h"

#include <QSqlRecord>

namespace regiekamer::server::fieldMigration {

using namespace Qt::StringLiterals;

namespace {

// The schema version that sets the marker, and the name its MAC is computed over.
constexpr int sealingVersion = 8;
constexpr QByteArrayView markerRecord = "field_sealing/pending";

// A table with sealed columns: its row id, the id of the data key's scope, and the sealed columns.
struct SealedTable
{
    const char *table;
    const char *idColumn;
    const char *scopeId; // SQL for the key's scope id
    const char *join;
    KeyStore::Scope scope;
    QList<const char *> columns;
};

const QList<SealedTable> &sealedTables()
{
    static const QList<SealedTable> tables {
        {"users", "id", "t.id", "", KeyStore::Scope::Subject, {"email", "display_name"}},
        {"viewer_profiles", "user_id", "t.user_id", "", KeyStore::Scope::Subject, {"phone", "company", "job_title"}},
        {"registrations",
         "id",
         "w.organisation_id",
         " JOIN webinars w ON w.id = t.webinar_id",
         KeyStore::Scope::Organisation,
         {"full_name", "email", "phone", "company", "job_title"}},
        {"questions",
         "id",
         "w.organisation_id",
         " JOIN webinars w ON w.id = t.webinar_id",
         KeyStore::Scope::Organisation,
         {"text", "answer"}},
        // Schema version 9: sealed from the start, so a plain label was written by someone else and is refused.
        {"devices", "id", "t.user_id", "", KeyStore::Scope::Subject, {"label"}},
        // Schema versionAttendanceSessions: the reason a director gave for a ban, sealed from the start.
        {"attendee_bans",
         "registration_id",
         "w.organisation_id",
         " JOIN registrations r ON r.id = t.registration_id JOIN webinars w ON w.id = r.webinar_id",
         KeyStore::Scope::Organisation,
         {"reason"}},
    };
    return tables;
}

// Per column of a row that is not sealed: the SQL that finds it and the column's name.
QList<std::pair<QString, QString>> plainChecks(const SealedTable &table)
{
    QList<std::pair<QString, QString>> checks;
    for (const char *column : table.columns)
        checks.append({u"typeof(t.%1) = 'text'"_s.arg(QLatin1StringView(column)), QString::fromLatin1(column)});
    if (QByteArrayView(table.table) == "users")
        checks.append({u"t.email_index IS NULL"_s, u"email_index"_s});
    return checks;
}

QString plainCondition(const SealedTable &table)
{
    QStringList conditions;
    for (const auto &[condition, column] : plainChecks(table))
        conditions.append(condition);
    return conditions.join(u" OR "_s);
}

std::unexpected<Error> integrityFailure(const QString &message)
{
    return fail(QString::fromLatin1(integrityError), message);
}

// The marker's MAC (empty while version 8 has set it and no process has claimed it); nullopt without a marker.
Result<std::optional<QByteArray>> readMarker(Database &database)
{
    auto row = database.firstRow(u"SELECT mac FROM field_sealing WHERE id = 1"_s);
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<QByteArray>((**row).at(0).toByteArray()) : std::nullopt;
}

// With no sealing pending, any value that is not sealed is refused: the first one found is named.
Status refusePlainValues(Database &database)
{
    for (const SealedTable &table : sealedTables()) {
        QStringList cases;
        for (const auto &[condition, column] : plainChecks(table))
            cases.append(u"WHEN %1 THEN '%2'"_s.arg(condition, column));
        auto found = database.firstRow(u"SELECT t.%1, CASE %2 END FROM %3 t WHERE %4 LIMIT 1"_s.arg(
            QLatin1StringView(table.idColumn), cases.join(u' '), QLatin1StringView(table.table),
            plainCondition(table)));
        if (!found)
            return std::unexpected(found.error());
        if (*found) {
            return integrityFailure(
                u"The database holds a value that is not sealed in %1.%2 of row %3, a column whose values are all "
                "sealed since the upgrade to schema version %4. Regiekamer did not write it and does not seal it: "
                "someone changed the database file. Restore it from a backup (docs/operations.md)."_s
                    .arg(QLatin1StringView(table.table), (**found).at(1).toString(), (**found).at(0).toString())
                    .arg(sealingVersion));
        }
    }
    return {};
}

// Rewrites the file without free pages, then moves the WAL into it and empties the WAL; the marker goes last, so
// that an interrupted run repeats this too.
Status finishSealing(Database &database)
{
    for (const QString &statement : {u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
        auto done = database.exec(statement);
        if (!done)
            return std::unexpected(done.error());
        done->finish();
    }
    return database.run(u"DELETE FROM field_sealing WHERE id = 1"_s, {});
}

// The new values of one row (sealed where the stored value is plain text), bound for its UPDATE.
Result<QVariantList> sealedValues(const SealedTable &table, const QSqlQuery &row, FieldCipher &cipher)
{
    const qint64 id = row.value(0).toLongLong(), scopeId = row.value(1).toLongLong();
    auto key = table.scope == KeyStore::Scope::Subject ? cipher.subjectKey(scopeId) : cipher.organisationKey(scopeId);
    if (!key)
        return std::unexpected(key.error());
    QVariantList values;
    for (int i = 0; i < table.columns.size(); ++i) {
        const QVariant stored = row.value(2 + i);
        const bool plain = !stored.isNull() && stored.typeId() == QMetaType::QString;
        values.append(plain ? QVariant(FieldCipher::seal(*key, stored.toString(), table.table, table.columns.at(i), id))
                            : stored);
        if (QByteArrayView(table.table) == "users" && i == 0) {
            // The blind index of the address, plain or (already sealed) opened.
            auto email = plain ? Result<QString>(stored.toString())
                               : FieldCipher::open(*key, stored, table.table, table.columns.at(i), id);
            auto index = email ? cipher.emailIndex(UserRepository::normaliseEmail(*email))
                               : Result<QByteArray>(std::unexpected(email.error()));
            if (!index)
                return std::unexpected(index.error());
            values.append(*index);
        }
    }
    values.append(id);
    return values;
}

// Seals up to `batch` plain rows of `table` in one transaction; returns how many.
Result<qint64> sealBatch(Database &database, FieldCipher &cipher, const SealedTable &table, int batch)
{
    Transaction transaction(database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    QStringList columns, sets;
    for (const char *column : table.columns) {
        columns.append(u"t."_s + QLatin1StringView(column));
        sets.append(QLatin1StringView(column) + u" = ?"_s);
        if (QByteArrayView(table.table) == "users" && sets.size() == 1)
            sets.append(u"email_index = ?"_s);
    }
    auto rows =
        database.exec(u"SELECT t.%1, %2, %3 FROM %4 t%5 WHERE %6 LIMIT ?"_s.arg(
                          QLatin1StringView(table.idColumn), QLatin1StringView(table.scopeId), columns.join(u", "_s),
                          QLatin1StringView(table.table), QLatin1StringView(table.join), plainCondition(table)),
                      {batch});
    if (!rows)
        return std::unexpected(rows.error());
    QList<QVariantList> updates;
    while (rows->next()) {
        auto values = sealedValues(table, *rows, cipher);
        if (!values)
            return std::unexpected(values.error());
        updates.append(*values);
    }
    rows->finish();
    const QString update = u"UPDATE %1 SET %2 WHERE %3 = ?"_s.arg(QLatin1StringView(table.table), sets.join(u", "_s),
                                                                  QLatin1StringView(table.idColumn));
    for (const QVariantList &values : std::as_const(updates)) {
        if (auto updated = database.run(update, values); !updated)
            return std::unexpected(updated.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return updates.size();
}

} // namespace

Status claimPending(Database &database, KeyStore &keys)
{
    if (!keys.hasMasterKey())
        return {};
    auto marker = readMarker(database);
    if (!marker || !*marker)
        return marker ? Status {} : std::unexpected(marker.error());
    auto expected = keys.recordMac(markerRecord);
    if (!expected)
        return std::unexpected(expected.error());
    if ((*marker)->isEmpty()) {
        if (database.versionAtOpen() >= sealingVersion) {
            return integrityFailure(
                u"The database says its personal fields wait to be sealed (field_sealing), but the start that "
                "upgraded it to schema version %1 did not confirm that with the keys: it stopped before, or someone "
                "wrote the marker into the file. Nothing is sealed. Restore the backup taken before the upgrade and "
                "start again (docs/operations.md)."_s.arg(sealingVersion));
        }
        return database.run(u"UPDATE field_sealing SET mac = ? WHERE id = 1"_s, {*expected});
    }
    if (!crypto::constantTimeEquals(**marker, *expected)) {
        return integrityFailure(u"The marker field_sealing of the database does not carry the MAC of its key store: "
                                "someone wrote it into the file. Nothing is sealed. Restore the database from a "
                                "backup (docs/operations.md)."_s);
    }
    return {};
}

Result<qint64> sealPending(Database &database, FieldCipher &cipher, int batch)
{
    if (auto claimed = claimPending(database, cipher.keys()); !claimed)
        return std::unexpected(claimed.error());
    auto marker = readMarker(database);
    if (!marker)
        return std::unexpected(marker.error());
    if (!*marker) {
        if (auto clean = refusePlainValues(database); !clean)
            return std::unexpected(clean.error());
        return 0;
    }
    qint64 sealed = 0;
    for (const SealedTable &table : sealedTables()) {
        for (;;) {
            auto count = sealBatch(database, cipher, table, batch);
            if (!count)
                return count;
            sealed += *count;
            if (*count < batch)
                break;
        }
    }
    if (auto done = finishSealing(database); !done)
        return std::unexpected(done.error());
    return sealed;
}

} // namespace regiekamer::server::fieldMigration
