#pragma once

#include "AuditKey.h"
#include "AuditLog.h"
#include "Database.h"
#include "FieldCipher.h"
#include "KeyStore.h"
#include "MasterKey.h"

#include <QDir>

#include <memory>

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
        if (auto initialised = result->keys->initialise(*result->log, QStringLiteral("test")); !initialised) {
            qWarning("initialise: %s", qPrintable(initialised.error().message));
            return nullptr;
        }
        result->cipher = std::make_unique<FieldCipher>(*result->keys);
        return result;
    }
};

} // namespace regiekamer::server::test
