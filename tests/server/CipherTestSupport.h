#pragma once

#include "SqlTestSupport.h"
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"

#include <QDir>

#include <memory>
#include <optional>

namespace regiekamer::server::test {

// A key store initialised as on a first server start (master key file in `dir`), with the FieldCipher of the
// repositories. Needs a live QCA::Initializer. Declared after the Database it uses, so destroyed before it.
struct TestCipher
{
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<audit::AuditLog> log;
    std::unique_ptr<FieldCipher> cipher;

    static std::unique_ptr<TestCipher> open(Database &database, const QString &dir)
    {
        auto result = std::make_unique<TestCipher>();
        auto keys = KeyStore::open(database, QDir(dir).filePath(MasterKey::defaultFileName));
        if (!keys) {
            qWarning("key store: %s", qPrintable(keys.error().message));
            return nullptr;
        }
        result->keys = std::move(*keys);
        result->log = std::make_unique<audit::AuditLog>(
            database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        if (auto initialised = audit::initialiseKeys(*result->keys, *result->log, QStringLiteral("test"));
            !initialised) {
            qWarning("initialise: %s", qPrintable(initialised.error().message));
            return nullptr;
        }
        result->cipher = std::make_unique<FieldCipher>(*result->keys);
        return result;
    }
};

// A database in `dir` with its keys (as after a first start), one organisation and one live webinar: where the
// repository tests start. The key store is declared after the database, so it is destroyed first.
struct SealedStart
{
    std::unique_ptr<Database> database;
    std::unique_ptr<TestCipher> keys;
    qint64 organisation = 0;
    qint64 webinar = 0;
};

inline std::optional<SealedStart> startSealed(const QString &dir)
{
    using namespace Qt::StringLiterals;
    SealedStart start;
    auto database = Database::open(dir);
    if (!database)
        return std::nullopt;
    start.database = std::move(*database);
    start.keys = TestCipher::open(*start.database, dir);
    if (!start.keys)
        return std::nullopt;
    start.organisation = execSql(*start.database, u"INSERT INTO organisations (name, created_at) VALUES ('Acme', ?)"_s,
                                 {u"2025-01-01T00:00:00.000Z"_s});
    start.webinar = execSql(*start.database,
                            u"INSERT INTO webinars (organisation_id, title, state, starts_at, duration_minutes)"
                            " VALUES (?, 'W', 'live', '2025-06-01T10:00:00.000Z', 60)"_s,
                            {start.organisation});
    return start;
}

} // namespace regiekamer::server::test
