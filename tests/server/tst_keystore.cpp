// The key hierarchy of the data at rest: the master key file (created 0600, refused when wrong, missing, insecure or
// malformed, without writing), data keys that survive a restart, the blind index, crypto-shredding, the cache
// never serving a rolled-back key, and a rotation that another key store (as a running server) follows.
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "db/Database.h"
#include "keys/KeyRotation.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const Result<QCA::SecureArray> &key)
{
    return key ? key->toByteArray() : QByteArray();
}

bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others {QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup,
                                           QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther};
    return permissions.testFlag(QFileDevice::ReadOwner) && !(permissions & others);
}

qint64 count(Database &database, const QString &sql, const QVariantList &values = {})
{
    auto row = database.firstRow(sql, values);
    return row && *row ? (*row)->at(0).toLongLong() : -1;
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private:
    QCA::Initializer m_crypto;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<audit::AuditLog> m_log;

    QString keyPath() const { return m_dir->filePath(MasterKey::defaultFileName); }

    // Opens the database and a key store on it, initialised as on a server start.
    std::unique_ptr<KeyStore> openStore()
    {
        if (!m_database) {
            auto database = Database::open(m_dir->path());
            if (!database)
                qWarning("%s", qPrintable(database.error().message));
            m_database = database ? std::move(*database) : nullptr;
            m_log = std::make_unique<audit::AuditLog>(
                *m_database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        }
        auto store = KeyStore::open(*m_database, keyPath());
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return nullptr;
        }
        if (auto initialised = audit::initialiseKeys(**store, *m_log, u"test"_s); !initialised) {
            qWarning("%s", qPrintable(initialised.error().message));
            return nullptr;
        }
        return std::move(*store);
    }

    void restart()
    {
        m_log.reset();
        m_database.reset();
    }

    Result<std::unique_ptr<KeyStore>> openWithoutInitialising()
    {
        restart();
        auto database = Database::open(m_dir->path());
        if (!database)
            return std::unexpected(database.error());
        m_database = std::move(*database);
        m_log = std::make_unique<audit::AuditLog>(
            *m_database, audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
        return KeyStore::open(*m_database, keyPath());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        restart();
        m_dir.reset();
    }

    void keyFilePathFromOptionEnvironmentOrDataDirectory()
    {
        qunsetenv(MasterKey::environmentVariable);
        QCOMPARE(MasterKey::resolvePath({}, u"/srv/data"_s), u"/srv/data/master.key"_s);
        qputenv(MasterKey::environmentVariable, "/run/credentials/master.key");
        QCOMPARE(MasterKey::resolvePath({}, u"/srv/data"_s), u"/run/credentials/master.key"_s);
        QCOMPARE(MasterKey::resolvePath(u"/etc/regiekamer/master.key"_s, u"/srv/data"_s),
                 u"/etc/regiekamer/master.key"_s);
        qunsetenv(MasterKey::environmentVariable);
    }

    void firstStartCreatesOwnerOnlyKeyFileAndLogsIt()
    {
        auto store = openStore();
        QVERIFY(store);
        QVERIFY(store->hasMasterKey());
        QVERIFY(QFile::exists(keyPath()));
        QVERIFY(isOwnerOnly(keyPath()));
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM master_keys"_s), qint64(1));
        QCOMPARE(count(*m_database, u"SELECT version FROM master_key_current"_s), qint64(1));
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'key_operation'"_s), qint64(1));
        auto master = MasterKey::load(keyPath());
        QVERIFY(master && *master);
        QCOMPARE((*master)->versions(), QList<int> {1});
    }

    void dataKeysRoundTripAcrossRestarts()
    {
        QByteArray subject, organisation;
        {
            auto store = openStore();
            QVERIFY(store);
            subject = bytes(store->subjectKey(7));
            organisation = bytes(store->organisationKey(7));
            QCOMPARE(subject.size(), qsizetype(KeyStore::dataKeyBytes));
            QCOMPARE(organisation.size(), qsizetype(KeyStore::dataKeyBytes));
            QVERIFY(subject != organisation);
            QCOMPARE(bytes(store->subjectKey(7)), subject);
            QVERIFY(bytes(store->subjectKey(8)) != subject);
        }
        restart();
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(bytes(store->subjectKey(7)), subject);
        QCOMPARE(bytes(store->organisationKey(7)), organisation);
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM data_keys"_s), qint64(4)); // and the access log's key
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM data_keys WHERE instr(wrapped, ?) > 0"_s, {subject}),
                 qint64(0));
    }

    void blindIndexIsStableAndDistinct()
    {
        QByteArray first;
        {
            auto store = openStore();
            QVERIFY(store);
            first = store->blindIndex(u"ann@example.org").value_or(QByteArray());
            QCOMPARE(first.size(), qsizetype(32));
            QCOMPARE(store->blindIndex(u"ann@example.org").value_or(QByteArray()), first);
            QVERIFY(store->blindIndex(u"bob@example.org").value_or(first) != first);
        }
        restart();
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->blindIndex(u"ann@example.org").value_or(QByteArray()), first);
    }

    void refusesWithoutWriting_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << u"wrong"_s << u"wrong key for version 1"_s;
        QTest::newRow("missing file") << u"missing"_s << u"does not exist"_s;
        QTest::newRow("world-readable") << u"readable"_s << u"chmod 600"_s;
        QTest::newRow("malformed") << u"malformed"_s << u"malformed at line"_s;
    }

    void refusesWithoutWriting()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        {
            auto store = openStore();
            QVERIFY(store);
            QVERIFY(store->subjectKey(1));
        }
        restart();
        if (damage == "wrong"_L1) {
            MasterKey other(keyPath());
            other.addRandomKey(1);
            QVERIFY(other.save());
        } else if (damage == "missing"_L1) {
            QVERIFY(QFile::remove(keyPath()));
        } else if (damage == "readable"_L1) {
            QVERIFY(QFile::setPermissions(keyPath(), QFile::permissions(keyPath()) | QFileDevice::ReadOther));
        } else {
            QFile file(keyPath());
            QVERIFY(file.open(QIODevice::Append));
            file.write("2 not-base64!\n");
        }
        auto store = openWithoutInitialising();
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(message), qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(keyPath()), qPrintable(store.error().message));
    }

    void rolledBackKeyIsNotServedFromMemory()
    {
        auto store = openStore();
        QVERIFY(store);
        QByteArray rolledBack;
        {
            Transaction transaction(*m_database);
            QVERIFY(transaction.started());
            rolledBack = bytes(store->subjectKey(5));
            QCOMPARE(rolledBack.size(), qsizetype(KeyStore::dataKeyBytes));
        }
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM data_keys WHERE scope_kind = 'subject'"_s), qint64(0));
        const QByteArray kept = bytes(store->subjectKey(5));
        QVERIFY(kept != rolledBack);
        restart();
        auto reopened = openStore();
        QVERIFY(reopened);
        QCOMPARE(bytes(reopened->subjectKey(5)), kept);
    }

    void destroyedSubjectKeyIsGone()
    {
        auto store = openStore();
        QVERIFY(store);
        const QByteArray before = bytes(store->subjectKey(9));
        const QByteArray other = bytes(store->subjectKey(10));
        QVERIFY(store->destroySubjectKey(9));
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM data_keys WHERE scope_id = 9"_s), qint64(0));
        QVERIFY(bytes(store->subjectKey(9)) != before);
        QCOMPARE(bytes(store->subjectKey(10)), other);
    }

    void rotationRewrapsEverythingAndOtherStoresFollow()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<QByteArray> keys;
        for (int id = 1; id <= 10; ++id)
            keys.append(bytes(store->subjectKey(id)));
        const QByteArray index = store->blindIndex(u"ann@example.org").value_or(QByteArray());
        QFile oldFile(keyPath());
        QVERIFY(oldFile.open(QIODevice::ReadOnly));
        const QByteArray oldKeyFile = oldFile.readAll();
        oldFile.close();

        // A second store on its own connection plays the admin; the first one (the "server") knows version 1 only.
        Result<KeyRotation::Report> report = fail(u"not run"_s, u"not run"_s);
        {
            auto adminDatabase = Database::open(m_dir->path());
            QVERIFY(adminDatabase);
            auto adminStore = KeyStore::open(**adminDatabase, keyPath());
            QVERIFY(adminStore);
            audit::AuditLog adminLog(**adminDatabase,
                                     audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, 'a')));
            adminLog.useKeys(**adminStore);
            audit::KeyOperationAudit record(adminLog, u"test"_s);
            report = KeyRotation(**adminStore, record, 3).run();
        }
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->newVersion, 2);
        QCOMPARE(report->retiredVersions, QList<int> {1});
        QCOMPARE(report->rewrapped, qint64(12)); // 11 and the access log's key
        auto master = MasterKey::load(keyPath());
        QVERIFY(master && *master);
        QCOMPARE((*master)->versions(), QList<int> {2});
        QVERIFY(isOwnerOnly(keyPath()));
        QCOMPARE(count(*m_database, u"SELECT COUNT(*) FROM data_keys WHERE master_version <> 2"_s), qint64(0));

        const QByteArray afterRotation = bytes(store->subjectKey(11));
        QCOMPARE(afterRotation.size(), qsizetype(KeyStore::dataKeyBytes));
        QCOMPARE(count(*m_database, u"SELECT master_version FROM data_keys WHERE scope_id = 11"_s), qint64(2));
        store.reset();
        restart();
        auto reopened = openStore();
        QVERIFY(reopened);
        for (int id = 1; id <= 10; ++id)
            QCOMPARE(bytes(reopened->subjectKey(id)), keys.at(id - 1));
        QCOMPARE(bytes(reopened->subjectKey(11)), afterRotation);
        QCOMPARE(reopened->blindIndex(u"ann@example.org").value_or(QByteArray()), index);

        // The old key file alone no longer opens the store.
        reopened.reset();
        QVERIFY(QFile::remove(keyPath()));
        QFile restored(keyPath());
        QVERIFY(restored.open(QIODevice::WriteOnly));
        restored.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        restored.write(oldKeyFile);
        restored.close();
        auto refused = openWithoutInitialising();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"lacks master key version 2"_s),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
