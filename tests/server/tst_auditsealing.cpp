// The access log's sealed personal columns (issue 5): actor name and client address are stored sealed, a sealed
// value moved to another entry or column does not open, the chain verifies without the master key, plain entries
// of an older version are re-sealed once (migration 7), and the kept access log key follows rotations.
#include "AuditTestSupport.h"

#include "audit/KeyOperationAudit.h"

using namespace regiekamer;
using namespace regiekamer::server;
using namespace regiekamer::server::test;
using namespace Qt::StringLiterals;

class TestAuditSealing : public AuditLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initialiseLog(); }
    void storesActorNameAndAddressSealed();
    void appendRefusesWithoutKeys();
    void movedCiphertextFailsClearly_data();
    void movedCiphertextFailsClearly();
    void freeTextFindsSealedNames();
    void verifiesWithoutTheMasterKey();
    void resealsPlainEntriesOnce();
    void refusesToResealABrokenChain();
    void keptKeyFollowsRotationAndNewKeys();
};

void TestAuditSealing::storesActorNameAndAddressSealed()
{
    OpenedLog opened = openLog(m_directory.path());
    const api::AuditEntry plain = sampleEntry(5);
    const QVariantList raw = rawRow(*opened.database, 5);
    const QString name = raw.at(0).toString(), address = raw.at(1).toString();
    QVERIFY(!name.contains(u"Regisseur"_s));
    QVERIFY(!address.contains(u"127.0.0.1"_s));
    const auto sealedName = QByteArray::fromBase64Encoding(name.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(sealedName);
    QCOMPARE(sealedName.decoded.size(), plain.actorName.toUtf8().size() + crypto::Aead::overheadBytes);
    QVERIFY(!databaseBytes(m_directory.path()).contains("Regisseur"));

    audit::AuditFieldCipher cipher(*opened.keys);
    auto aead = cipher.aead();
    QVERIFY(aead);
    QCOMPARE(*audit::AuditFieldCipher::openValue(**aead, "actor_name", 5, name), plain.actorName);
    QCOMPARE(*audit::AuditFieldCipher::openValue(**aead, "client_address", 5, address), plain.clientAddress);

    AuditQuery query(*opened.database, *opened.keys);
    auto page = query.page(admin(), AuditFilter {});
    QVERIFY2(page, page ? "" : qPrintable(page.error().message));
    QCOMPARE(page->items.size(), entryCount);
    const api::AuditEntry &read = page->items.at(entryCount - 5);
    QCOMPARE(read.sequence, 5);
    QCOMPARE(read.actorName, plain.actorName);
    QCOMPARE(read.clientAddress, plain.clientAddress);
    QCOMPARE(page->items.last().actorName, u"test"_s); // the operator of the first entry
}

void TestAuditSealing::appendRefusesWithoutKeys()
{
    QTemporaryDir directory;
    auto database = Database::open(directory.path());
    QVERIFY(database);
    audit::AuditLog log(**database, testKey());
    auto appended = log.append(sampleEntry(1));
    QVERIFY(!appended);
    QCOMPARE(appended.error().code, u"audit_unsealed"_s);
    auto count = (*database)->firstRow(u"SELECT COUNT(*) FROM audit_log"_s);
    QVERIFY(count && *count);
    QCOMPARE((**count).at(0).toLongLong(), 0);
}

void TestAuditSealing::movedCiphertextFailsClearly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("column");
    QTest::newRow("actor name moved to another entry")
        << u"UPDATE audit_log SET actor_name = (SELECT actor_name FROM audit_log WHERE seq = 5) WHERE seq = 6"_s
        << QString::fromLatin1(crypto::errc::wrongContext) << u"actor_name"_s;
    QTest::newRow("actor name moved to the address column")
        << u"UPDATE audit_log SET client_address = actor_name WHERE seq = 6"_s
        << QString::fromLatin1(crypto::errc::wrongContext) << u"client_address"_s;
    QTest::newRow("address changed")
        << u"UPDATE audit_log SET client_address = 'AAAA' || substr(client_address, 5) WHERE seq = 6"_s
        << QString::fromLatin1(crypto::errc::undecryptable) << u"client_address"_s;
}

void TestAuditSealing::movedCiphertextFailsClearly()
{
    QFETCH(QString, statement);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QTemporaryDir directory;
    QVERIFY(QFile::copy(m_pristine, directory.filePath(Database::fileName)));
    QVERIFY(
        QFile::copy(m_directory.filePath(MasterKey::defaultFileName), directory.filePath(MasterKey::defaultFileName)));
    tamper(directory.filePath(Database::fileName), {statement});
    {
        auto database = Database::open(directory.path());
        QVERIFY(database);
        auto keys = KeyStore::open(**database, directory.filePath(MasterKey::defaultFileName));
        QVERIFY(keys);
        AuditQuery query(**database, **keys);
        auto page = query.page(admin(), AuditFilter {});
        QVERIFY(!page);
        QCOMPARE(page.error().code, code);
        QVERIFY2(page.error().message.contains(u"Access log entry 6: the %1 column"_s.arg(column)),
                 qPrintable(page.error().message));
        AuditFilter older;
        older.before = 6; // the entries before it still read
        QVERIFY(query.page(admin(), older));
    }
    const audit::VerifyReport report = verify(directory.filePath(Database::fileName));
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBadSequence, 6);
}

void TestAuditSealing::freeTextFindsSealedNames()
{
    OpenedLog opened = openLog(m_directory.path());
    AuditQuery query(*opened.database, *opened.keys);
    AuditFilter filter;
    filter.text = u"REGISSEUR 1"_s;
    auto page = query.page(admin(), filter);
    QVERIFY(page);
    qsizetype expected = 0;
    for (int i = 2; i <= entryCount; ++i)
        expected += sampleEntry(i).actorName == u"Regisseur 1"_s ? 1 : 0;
    QCOMPARE(page->items.size(), expected);
    for (const api::AuditEntry &entry : std::as_const(page->items))
        QCOMPARE(entry.actorName, u"Regisseur 1"_s);
    filter.text = u"127.0.0"_s;
    filter.limit = 5;
    page = query.page(admin(), filter);
    QVERIFY(page);
    QCOMPARE(page->items.size(), 5);
    QCOMPARE(page->items.first().sequence, entryCount);
    QCOMPARE(page->nextBefore, entryCount - 4);
    filter.text = u"req-17"_s; // an unsealed column still matches
    filter.limit = 100;
    page = query.page(admin(), filter);
    QVERIFY(page);
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().sequence, 17);
}

void TestAuditSealing::verifiesWithoutTheMasterKey()
{
    QTemporaryDir directory; // the database alone, no master key file beside it
    const QString copy = directory.filePath(Database::fileName);
    QVERIFY(QFile::copy(m_pristine, copy));
    QVERIFY(!QFile::exists(directory.filePath(MasterKey::defaultFileName)));
    const audit::VerifyReport report = verify(copy);
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.entriesChecked, entryCount);
}

void TestAuditSealing::resealsPlainEntriesOnce()
{
    QTemporaryDir directory;
    const QString keyFile = directory.filePath(u"audit-checkpoint.key"_s);
    auto key = audit::AuditKey::load(keyFile, true);
    QVERIFY(key);
    constexpr int plainEntries = 25;
    {
        auto old = Database::openAtVersion(directory.path(), 6);
        QVERIFY(old);
        writePlainChain(**old, *key, plainEntries, checkpointInterval);
        QVERIFY((*old)->run(u"INSERT INTO login_failures (account_key, failures, last_failure_at) VALUES "
                            "('someone@example.org', 1, '2026-01-01T00:00:00.000Z')"_s,
                            {}));
    }
    QVERIFY(databaseBytes(directory.path()).contains("Regisseur"));
    auto database = Database::open(directory.path());
    QVERIFY(database);
    auto failures = (*database)->firstRow(u"SELECT COUNT(*) FROM login_failures"_s);
    QVERIFY(failures && *failures);
    QCOMPARE((**failures).at(0).toLongLong(), 0);
    auto keys = KeyStore::open(**database, directory.filePath(MasterKey::defaultFileName));
    QVERIFY(keys);
    auto log = audit::AuditLog::open(**database, keyFile, **keys, u"test"_s);
    QVERIFY2(log, log ? "" : qPrintable(log.error().message));
    // 26: the master key registered; 27: the re-sealing, naming the head before it.
    const audit::VerifyReport report = verify(directory.filePath(Database::fileName), *key);
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.entriesChecked, plainEntries + 2);
    QCOMPARE(report.checkpointsChecked, 2);
    for (int sequence = 1; sequence <= plainEntries; ++sequence)
        QVERIFY(!rawRow(**database, sequence).at(0).toString().contains(u"Regisseur"_s));
    AuditQuery query(**database, **keys);
    auto page = query.page(admin(), AuditFilter {});
    QVERIFY(page);
    QCOMPARE(page->items.size(), plainEntries + 2);
    QVERIFY2(page->items.first().reason.contains(u"re-sealed"_s) &&
                 page->items.first().reason.contains(u"entries 1-25"_s),
             qPrintable(page->items.first().reason));
    QCOMPARE(page->items.last().actorName, sampleEntry(1).actorName);
    QCOMPARE(page->items.last().clientAddress, sampleEntry(1).clientAddress);
    auto pending = (*database)->firstRow(u"SELECT COUNT(*) FROM audit_reseal"_s);
    QVERIFY(pending && *pending);
    QCOMPARE((**pending).at(0).toLongLong(), 0);
    log->reset();
    QVERIFY(audit::AuditLog::open(**database, keyFile, **keys, u"test"_s)); // once only
    QCOMPARE(verify(directory.filePath(Database::fileName), *key).entriesChecked, plainEntries + 2);
    (*database)->close();
    QVERIFY(!databaseBytes(directory.path()).contains("Regisseur"));
}

void TestAuditSealing::refusesToResealABrokenChain()
{
    QTemporaryDir directory;
    const QString keyFile = directory.filePath(u"audit-checkpoint.key"_s);
    auto key = audit::AuditKey::load(keyFile, true);
    QVERIFY(key);
    {
        auto old = Database::openAtVersion(directory.path(), 6);
        QVERIFY(old);
        writePlainChain(**old, *key, 12, checkpointInterval);
        QVERIFY((*old)->run(u"UPDATE audit_log SET reason = 'x' WHERE seq = 7"_s, {}));
    }
    auto database = Database::open(directory.path());
    QVERIFY(database);
    auto keys = KeyStore::open(**database, directory.filePath(MasterKey::defaultFileName));
    QVERIFY(keys);
    auto log = audit::AuditLog::open(**database, keyFile, **keys, u"test"_s);
    QVERIFY(!log);
    QVERIFY2(log.error().message.contains(u"broken at entry 7"_s), qPrintable(log.error().message));
    QCOMPARE(rawRow(**database, 3).at(0).toString(), sampleEntry(3).actorName); // nothing laundered
    auto pending = (*database)->firstRow(u"SELECT through_seq FROM audit_reseal"_s);
    QVERIFY(pending && *pending);
    QCOMPARE((**pending).at(0).toLongLong(), 12);
}

// AuditFieldCipher keeps the access log key between entries and checks it by its stored wrapped bytes: after a master
// key rotation by another process it still seals under the same data key (which the rotation only re-wrapped), and
// after a new access log key (made by another process, or made by this one in a transaction that rolled back) it
// seals under the key the database holds now, never under the one it kept.
void TestAuditSealing::keptKeyFollowsRotationAndNewKeys()
{
    QTemporaryDir directory;
    OpenedLog opened = openLog(directory.path());
    audit::AuditFieldCipher cipher(*opened.keys);
    // Seals a value with the cipher and opens it with the access log key as a fresh connection reads it.
    const auto opensWithStoredKey = [&](const QString &value) -> QString {
        auto aead = cipher.aead();
        if (!aead)
            return u"aead: "_s + aead.error().message;
        const QString sealed = audit::AuditFieldCipher::sealValue(**aead, "actor_name", 1000, value);
        auto database = Database::open(directory.path());
        auto keys = database ? KeyStore::open(**database, QDir(directory.path()).filePath(MasterKey::defaultFileName))
                             : Result<std::unique_ptr<KeyStore>>(std::unexpected(database.error()));
        auto stored = keys ? (*keys)->servedKey(KeyStore::Scope::Audit, 0)
                           : Result<KeyStore::ServedKey>(std::unexpected(keys.error()));
        if (!stored)
            return u"stored key: "_s + stored.error().message;
        auto read = audit::AuditFieldCipher::openValue(crypto::Aead(stored->key), "actor_name", 1000, sealed);
        return read ? *read : u"not sealed under the stored key: "_s + read.error().code;
    };
    QCOMPARE(opensWithStoredKey(u"before"_s), u"before"_s);

    // `keys rotate` in another process re-wraps the key under a new master version: the same data key.
    OpenedLog other = openLog(directory.path());
    audit::KeyOperationAudit record(*other.log, u"test"_s);
    auto rotated = KeyRotation(*other.keys, record, 10).run();
    QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
    QVERIFY(rotated->rewrapped > 0);
    QCOMPARE(opensWithStoredKey(u"after rotation"_s), u"after rotation"_s);

    // Another process replaces the access log key.
    QVERIFY(other.database->exec(u"DELETE FROM data_keys WHERE scope_kind = 'audit'"_s));
    QVERIFY(other.keys->servedKey(KeyStore::Scope::Audit, 0));
    QCOMPARE(opensWithStoredKey(u"after a new key"_s), u"after a new key"_s);

    // This process makes a new key in a transaction that rolls back; the next entry gets the key made after it.
    QVERIFY(opened.database->exec(u"DELETE FROM data_keys WHERE scope_kind = 'audit'"_s));
    {
        Transaction transaction(*opened.database);
        QVERIFY(cipher.aead());
    }
    QCOMPARE(opensWithStoredKey(u"after a rollback"_s), u"after a rollback"_s);
}

QTEST_GUILESS_MAIN(TestAuditSealing)
#include "tst_auditsealing.moc"
