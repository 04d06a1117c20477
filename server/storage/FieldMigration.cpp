#include "storage/FieldMigration.h"

#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/UserRepository.h"

#include <QSqlRecord>

namespace regiekamer::server::fieldMigration {

using namespace Qt::StringLiterals;

namespace {

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
    };
    return tables;
}

QString plainCondition(const SealedTable &table)
{
    QStringList conditions;
    for (const char *column : table.columns)
        conditions.append(u"typeof(t.%1) = 'text'"_s.arg(QLatin1StringView(column)));
    if (QByteArrayView(table.table) == "users")
        conditions.append(u"t.email_index IS NULL"_s);
    return conditions.join(u" OR "_s);
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

Result<qint64> sealPlainRows(Database &database, FieldCipher &cipher, int batch)
{
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
    if (sealed == 0)
        return sealed;
    // Rewrites the file without free pages, then moves the WAL into it and empties the WAL.
    for (const QString &statement : {u"VACUUM"_s, u"PRAGMA wal_checkpoint(TRUNCATE)"_s}) {
        auto done = database.exec(statement);
        if (!done)
            return std::unexpected(done.error());
        done->finish();
    }
    return sealed;
}

} // namespace regiekamer::server::fieldMigration
