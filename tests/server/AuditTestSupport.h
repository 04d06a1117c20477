#pragma once

// Shared by the access log tests (tst_auditlog: the chain and its seals; tst_auditsealing: the sealed personal
// columns): sample entries, a database opened as the server opens it, tampering through a connection of its own,
// and a fixture with a pristine log of entryCount entries to verify or copy.
#include "audit/AuditChain.h"
#include "audit/AuditFieldCipher.h"
#include "audit/AuditLog.h"
#include "audit/AuditQuery.h"
#include "audit/AuditSeal.h"
#include "audit/AuditVerifier.h"
#include "audit/KeyOperationAudit.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "keys/KeyRotation.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace regiekamer::server::test {

using namespace Qt::StringLiterals;

inline constexpr qint64 checkpointInterval = 10;
inline constexpr int entryCount = 35;

inline audit::AuditKey testKey(char fill = 'k')
{
    return audit::AuditKey::fromBytes(QCA::SecureArray(audit::AuditKey::keyBytes, fill));
}

inline api::AuditEntry sampleEntry(int number)
{
    api::AuditEntry entry;
    entry.actorId = 2 + number % 3;
    entry.actorName = u"Regisseur %1"_s.arg(number % 3);
    entry.actorRole = u"director"_s;
    entry.clientAddress = u"127.0.0.1"_s;
    entry.requestId = u"req-%1"_s.arg(number);
    entry.action = QString::fromLatin1(api::auditAction::read);
    entry.objectType = u"registration"_s;
    entry.objectId = 100 + number;
    entry.webinarId = 7;
    entry.organisationId = 3;
    entry.subjectUserId = 40 + number;
    entry.fields = {u"identity"_s, u"contact"_s};
    entry.outcome = QString::fromLatin1(api::auditOutcome::allowed);
    entry.rowCount = -1;
    return entry;
}

// Runs SQL on a database file through a connection of its own, as an attacker with file access would.
inline void tamper(const QString &path, const QStringList &statements)
{
    const QString name = u"tamper-%1"_s.arg(reinterpret_cast<quintptr>(&statements));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(path);
        QVERIFY(connection.open());
        for (const QString &sql : statements) {
            QSqlQuery query(connection);
            QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A database with its key store and access log, as the server opens them (the first entry records the master key).
struct OpenedLog
{
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<audit::AuditLog> log;
};

inline OpenedLog openLog(const QString &directory, Clock clock = systemClock(),
                         qint64 interval = audit::AuditLog::defaultCheckpointInterval)
{
    OpenedLog opened;
    auto database = Database::open(directory);
    if (!database)
        qFatal("%s", qPrintable(database.error().message));
    opened.database = std::move(*database);
    auto keys = KeyStore::open(*opened.database, QDir(directory).filePath(MasterKey::defaultFileName));
    if (!keys)
        qFatal("%s", qPrintable(keys.error().message));
    opened.keys = std::move(*keys);
    opened.log = std::make_unique<audit::AuditLog>(*opened.database, testKey(), std::move(clock), interval);
    if (auto initialised = audit::initialiseKeys(*opened.keys, *opened.log, u"test"_s); !initialised)
        qFatal("%s", qPrintable(initialised.error().message));
    return opened;
}

inline QVariantList rawRow(Database &database, qint64 sequence)
{
    auto row = database.firstRow(u"SELECT actor_name, client_address FROM audit_log WHERE seq = ?"_s, {sequence});
    if (!row || !*row)
        qFatal("no entry %lld", static_cast<long long>(sequence));
    return **row;
}

inline api::UserInfo admin()
{
    api::UserInfo caller;
    caller.id = 1;
    caller.role = Role::Admin;
    return caller;
}

// SQL for a blob column with its first byte changed, whatever that byte was.
inline QString flippedFirstByte(const QString &column)
{
    return u"(CASE WHEN substr(%1, 1, 1) = X'00' THEN X'01' ELSE X'00' END || substr(%1, 2))"_s.arg(column);
}

// Writes `count` entries as a version before 7 did: actor name and address plain, the chain, checkpoints and head.
inline void writePlainChain(Database &database, const audit::AuditKey &key, int count, qint64 interval)
{
    QByteArray previous = audit::genesisHash();
    QStringList columns; // the columns of that version: the optional ones came later, and come last
    for (const audit::ChainedColumn &column : audit::chainedColumns()) {
        if (column.kind != audit::ColumnKind::OptionalText)
            columns.append(QString::fromLatin1(column.name));
    }
    const QString insert = u"INSERT INTO audit_log (%1, hash) VALUES (%2)"_s.arg(
        columns.join(u", "_s), QStringList(columns.size() + 1, u"?"_s).join(u", "_s));
    qint64 atMs = 1'700'000'000'000;
    for (int i = 1; i <= count; ++i) {
        api::AuditEntry entry = sampleEntry(i);
        entry.sequence = i;
        entry.at = QDateTime::fromMSecsSinceEpoch(++atMs, QTimeZone::UTC);
        QVariantList values = audit::rowValues(entry).mid(0, columns.size());
        const QByteArray hash = audit::chainHash(previous, audit::canonicalBytes(values));
        values.append(hash);
        QVERIFY(database.run(insert, values));
        if (i % interval == 0) {
            const audit::Seal seal = audit::makeSeal(key, audit::SealKind::Checkpoint, i, hash, atMs);
            QVERIFY(database.run(u"INSERT INTO audit_checkpoints (seq, hash, at_ms, mac) VALUES (?, ?, ?, ?)"_s,
                                 {seal.sequence, seal.hash, seal.atMs, seal.mac}));
        }
        previous = hash;
    }
    const audit::Seal head = audit::makeSeal(key, audit::SealKind::Head, count, previous, atMs);
    QVERIFY(database.run(u"INSERT INTO audit_head (id, seq, hash, at_ms, mac) VALUES (1, ?, ?, ?, ?)"_s,
                         {head.sequence, head.hash, head.atMs, head.mac}));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database file and its write-ahead log, as bytes.
inline QByteArray databaseBytes(const QString &directory)
{
    const QString path = QDir(directory).filePath(Database::fileName);
    return fileBytes(path) + fileBytes(path + u"-wal"_s);
}

// The pristine log: entryCount entries (the first records the master key), checkpoints every
// checkpointInterval entries, written by initialiseLog() and copied to m_pristine.
class AuditLogFixture : public QObject
{
protected:
    QCA::Initializer m_crypto;
    QTemporaryDir m_directory;
    QString m_pristine;
    qint64 m_clockMs = 1'790'000'000'000;

    QString databasePath() const { return m_directory.filePath(Database::fileName); }

    // threads > 1: the chain is walked in stretches of at least 5 entries side by side.
    audit::VerifyReport verify(const QString &path, const audit::AuditKey &key = testKey(),
                               const audit::VerifyStart &start = {}, int threads = 1)
    {
        auto report = audit::AuditVerifier(path, key, threads, 5).verify(start);
        if (!report)
            qFatal("verifier failed: %s", qPrintable(report.error().message));
        return *report;
    }

    QString tamperedCopy(const QStringList &statements)
    {
        static int copies = 0;
        const QString copy = m_directory.filePath(u"copy-%1.sqlite"_s.arg(++copies));
        if (!QFile::copy(m_pristine, copy))
            qFatal("cannot copy the database");
        tamper(copy, statements);
        return copy;
    }

    void initialiseLog()
    {
        QVERIFY(m_directory.isValid());
        OpenedLog opened = openLog(
            m_directory.path(), [this] { return QDateTime::fromMSecsSinceEpoch(m_clockMs += 7, QTimeZone::UTC); },
            checkpointInterval);
        Transaction transaction(*opened.database);
        // Entry 1 records the master key the key store created.
        for (int i = 2; i <= entryCount; ++i) {
            auto appended = opened.log->append(sampleEntry(i));
            QVERIFY2(appended, appended ? "" : qPrintable(appended.error().message));
            QCOMPARE(appended->sequence, i);
            QCOMPARE(appended->actorName, sampleEntry(i).actorName); // handed back plain
        }
        QVERIFY(transaction.commit());
        opened.log.reset();
        opened.keys.reset();
        opened.database->close();
        m_pristine = m_directory.filePath(u"pristine.sqlite"_s);
        QVERIFY(QFile::copy(databasePath(), m_pristine));
    }
};

} // namespace regiekamer::server::test
