// The offline key ceremony (issue 18, docs/keys.md "Key ceremony") with the real regiekamer-admin on a data
// directory made by the real regiekamer-server: `custodians deal` seals it (master.key destroyed, seal.json and
// master.key.sealed owner-only, a share file per custodian that opens with its passphrase only); only admins can
// be custodians; `custodians reshare` with k current shares deals a new set with the same master key (the old shares
// are foreign now, the data still reads); `keys rotate` on the sealed directory rotates the master key and deals
// again; every step is in the access log and the custodians table.
#include "ServerProcess.h"
#include "SqlFile.h"
#include "crypto/ShareFile.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/MasterKey.h"
#include "keys/SealConfig.h"
#include "keys/Unsealer.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace regiekamer;
using namespace regiekamer::server;
using namespace Qt::StringLiterals;

namespace {

const QByteArray accountPassword = "integration-test-password-1";
const QStringList custodianEmails {u"anna@example.org"_s, u"bram@example.org"_s, u"chris@example.org"_s};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions others {QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ReadOther,
                                           QFileDevice::WriteOther};
    return QFile::exists(path) && !(QFile::permissions(path) & others);
}

} // namespace

class TestCustodians : public QObject
{
    Q_OBJECT

    QCA::Initializer m_crypto;
    ServerProcess m_server;
    QTemporaryDir m_outside; // where the custodians keep their share files and passphrase files
    QMap<qint64, QByteArray> m_subjectKeys; // data keys made before sealing, by account id
    QByteArray m_masterContents;
    qint64 m_keyOperations = 0; // access log entries of key operations so far

    QString dataDir() const { return m_server.dataDir(); }
    QString outside(const QString &name) const { return m_outside.filePath(name); }

    // A passphrase file per name (never a passphrase on a command line).
    QString passphraseFile(const QString &name)
    {
        const QString path = outside(name + u".pass"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write("passphrase of " + name.toUtf8() + "\n");
        return path;
    }

    // --custodian EMAIL=FILE and --passphrase-file for each custodian, share files named PREFIX-N.share.
    QStringList dealArguments(const QString &prefix, int threshold)
    {
        QStringList arguments {u"--threshold"_s, QString::number(threshold)};
        for (int position = 0; position < custodianEmails.size(); ++position) {
            const QString name = u"%1-%2"_s.arg(prefix).arg(position + 1);
            arguments << u"--custodian"_s << u"%1=%2"_s.arg(custodianEmails.at(position), outside(name + u".share"_s))
                      << u"--passphrase-file"_s << passphraseFile(name);
        }
        return arguments;
    }

    QStringList shareArguments(const QString &prefix, const QList<int> &numbers)
    {
        QStringList arguments;
        for (int number : numbers) {
            const QString name = u"%1-%2"_s.arg(prefix).arg(number);
            arguments << u"--share"_s << outside(name + u".share"_s) << u"--share-passphrase-file"_s
                      << passphraseFile(name);
        }
        return arguments;
    }

    Result<QCA::SecureArray> openShare(const QString &prefix, int number, const QByteArray &passphrase = {})
    {
        const QString name = u"%1-%2"_s.arg(prefix).arg(number);
        auto file = crypto::ShareFile::fromJson(readAll(outside(name + u".share"_s)));
        if (!file)
            return std::unexpected(file.error());
        return file->open(QCA::SecureArray(passphrase.isEmpty() ? "passphrase of " + name.toUtf8() : passphrase));
    }

    // Unseals with the shares PREFIX-N (as a sealed server would) and checks the data keys made before sealing.
    void expectUnsealsAndReads(const QString &prefix, const QList<int> &numbers, int masterVersion)
    {
        auto config = SealConfig::load(dataDir());
        QVERIFY(config && *config);
        Unsealer unsealer(**config, SealConfig::sealedKeyringPath(dataDir()));
        for (int number : numbers) {
            auto share = openShare(prefix, number);
            QVERIFY2(share, qPrintable(share ? QString() : share.error().message));
            auto file = crypto::ShareFile::fromJson(readAll(outside(u"%1-%2.share"_s.arg(prefix).arg(number))));
            auto added = unsealer.add({file->shareSet(), file->index(), *share});
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        }
        auto master = unsealer.unseal();
        QVERIFY2(master, qPrintable(master ? QString() : master.error().message));
        QCOMPARE(master->versions(), QList<int> {masterVersion});
        if (masterVersion == 1)
            QCOMPARE(master->contents().toByteArray(), m_masterContents);
        auto database = Database::open(dataDir());
        QVERIFY(database);
        auto store = KeyStore::open(**database, std::move(*master));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        for (auto it = m_subjectKeys.cbegin(); it != m_subjectKeys.cend(); ++it)
            QCOMPARE((*store)->subjectKey(it.key())->toByteArray(), it.value());
        // The staff list names the custodians (the three admins), and nobody else.
        FieldCipher cipher(**store);
        auto accounts = UserRepository(**database, cipher).list();
        QVERIFY(accounts);
        for (const api::StaffAccount &account : std::as_const(*accounts))
            QCOMPARE(account.custodian, custodianEmails.contains(account.email.value_or(QString())));
    }

    // The key operations logged since the last call.
    qint64 newKeyOperations()
    {
        const qint64 now =
            count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'key_operation' AND object_type = 'key'"_s);
        const qint64 added = now - m_keyOperations;
        m_keyOperations = now;
        return added;
    }

    int admin(const QStringList &arguments, QByteArray *output = nullptr)
    {
        return m_server.runAdmin(arguments, {}, output);
    }

    qint64 count(const QString &sql)
    {
        SqlFile database(QDir(dataDir()).filePath(Database::fileName));
        const QStringList rows = database.rows(sql);
        return rows.isEmpty() ? -1 : rows.first().toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_outside.isValid());
        QVERIFY2(m_server.start(), m_server.lastOutput().constData());
        QCOMPARE(m_server.terminate(), 0);
        for (const QString &email : custodianEmails) {
            QCOMPARE(m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, email, u"--role"_s, u"admin"_s},
                                       accountPassword + '\n'),
                     0);
        }
        QCOMPARE(
            m_server.runAdmin({u"user"_s, u"add"_s, u"--email"_s, u"dirk@example.org"_s, u"--role"_s, u"director"_s},
                              accountPassword + '\n'),
            0);
        auto database = Database::open(dataDir());
        QVERIFY(database);
        auto store = KeyStore::open(**database, QDir(dataDir()).filePath(MasterKey::defaultFileName));
        QVERIFY(store);
        for (qint64 id = 1; id <= 4; ++id)
            m_subjectKeys.insert(id, (*store)->subjectKey(id)->toByteArray());
        auto master = MasterKey::load(QDir(dataDir()).filePath(MasterKey::defaultFileName));
        QVERIFY(master && *master);
        m_masterContents = (*master)->contents().toByteArray();
        newKeyOperations();
    }

    void onlyAdminsCanBeCustodiansAndNothingIsWritten()
    {
        QStringList arguments {u"custodians"_s, u"deal"_s, u"--threshold"_s, u"2"_s};
        arguments << u"--custodian"_s << u"anna@example.org=%1"_s.arg(outside(u"refused-1.share"_s))
                  << u"--passphrase-file"_s << passphraseFile(u"refused-1"_s) << u"--custodian"_s
                  << u"dirk@example.org=%1"_s.arg(outside(u"refused-2.share"_s)) << u"--passphrase-file"_s
                  << passphraseFile(u"refused-2"_s);
        QByteArray output;
        QCOMPARE(admin(arguments, &output), 1);
        QVERIFY2(output.contains("dirk@example.org is not an active admin account"), output.constData());
        QVERIFY(!QFile::exists(outside(u"refused-1.share"_s)));
        QVERIFY(!QFile::exists(SealConfig::path(dataDir())));
        QVERIFY(QFile::exists(QDir(dataDir()).filePath(MasterKey::defaultFileName)));
        // Three custodians and a threshold of four cannot be dealt.
        QStringList tooMany = dealArguments(u"refused"_s, 4);
        QCOMPARE(admin(QStringList {u"custodians"_s, u"deal"_s} + tooMany, &output), 1);
        QVERIFY(!QFile::exists(SealConfig::path(dataDir())));
    }

    void dealSealsTheDataDirectory()
    {
        QByteArray output;
        const int exitCode = admin(QStringList {u"custodians"_s, u"deal"_s} + dealArguments(u"first"_s, 2), &output);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY2(output.contains("2 of 3 shares needed"), output.constData());
        QVERIFY(!output.contains("passphrase of"));
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(MasterKey::defaultFileName)));
        QVERIFY(isOwnerOnly(SealConfig::path(dataDir())));
        QVERIFY(isOwnerOnly(SealConfig::sealedKeyringPath(dataDir())));
        const QByteArray sealJson = readAll(SealConfig::path(dataDir()));
        QVERIFY2(!sealJson.contains("@example.org"), sealJson.constData());
        for (int number = 1; number <= 3; ++number) {
            QVERIFY(isOwnerOnly(outside(u"first-%1.share"_s.arg(number))));
            auto share = openShare(u"first"_s, number);
            QVERIFY2(share, qPrintable(share ? QString() : share.error().message));
            QCOMPARE(share->size(), 33);
            auto wrong = openShare(u"first"_s, number, "passphrase of someone else");
            QCOMPARE(wrong.error().code, u"share_passphrase"_s);
        }
        expectUnsealsAndReads(u"first"_s, {1, 3}, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM custodians"_s), 3);
        QCOMPARE(newKeyOperations(), 1);

        // The plain-key commands refuse a sealed directory, naming why.
        QCOMPARE(admin({u"keys"_s, u"status"_s}, &output), 1);
        QVERIFY2(output.contains("is sealed"), output.constData());
        QCOMPARE(admin({u"custodians"_s, u"list"_s}, &output), 0);
        QVERIFY2(output.contains("2 of 3 shares needed"), output.constData());
        // A second deal would orphan the shares just dealt.
        QCOMPARE(admin(QStringList {u"custodians"_s, u"deal"_s} + dealArguments(u"again"_s, 2), &output), 1);
        QVERIFY2(output.contains("sealed already"), output.constData());
    }

    void reshareKeepsTheMasterKeyAndKillsTheOldShares()
    {
        const QByteArray oldSealJson = readAll(SealConfig::path(dataDir()));
        QByteArray output;
        // One share is not enough, and nothing changes.
        QCOMPARE(admin(QStringList {u"custodians"_s, u"reshare"_s} + shareArguments(u"first"_s, {2}) +
                           dealArguments(u"second"_s, 2),
                       &output),
                 1);
        QVERIFY2(output.contains("1 of the 2 shares needed"), output.constData());
        QCOMPARE(readAll(SealConfig::path(dataDir())), oldSealJson);
        const int exitCode = admin(QStringList {u"custodians"_s, u"reshare"_s} + shareArguments(u"first"_s, {2, 3}) +
                                       dealArguments(u"second"_s, 2),
                                   &output);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY(readAll(SealConfig::path(dataDir())) != oldSealJson);
        QCOMPARE(newKeyOperations(), 1);
        expectUnsealsAndReads(u"second"_s, {1, 2}, 1);

        // The old shares are foreign to the new set, named with both set ids.
        auto config = SealConfig::load(dataDir());
        Unsealer unsealer(**config, SealConfig::sealedKeyringPath(dataDir()));
        auto oldFile = crypto::ShareFile::fromJson(readAll(outside(u"first-1.share"_s)));
        auto refused = unsealer.add({oldFile->shareSet(), oldFile->index(), *openShare(u"first"_s, 1)});
        QCOMPARE(refused.error().code, u"share_foreign"_s);
        QVERIFY(refused.error().message.contains(oldFile->shareSet()));
        QVERIFY(refused.error().message.contains((*config)->shareSet));
        // And so the admin tool refuses them too.
        QCOMPARE(admin(QStringList {u"custodians"_s, u"reshare"_s} + shareArguments(u"first"_s, {1, 2}) +
                           dealArguments(u"third"_s, 2),
                       &output),
                 1);
        QVERIFY2(output.contains("share_foreign") || output.contains("belongs to share set"), output.constData());
        QCOMPARE(count(u"SELECT COUNT(*) FROM custodians WHERE share_set = '%1'"_s.arg((*config)->shareSet)), 3);
    }

    void rotateOnASealedDirectoryDealsAgain()
    {
        const QString before = (*SealConfig::load(dataDir()))->shareSet;
        QByteArray output;
        const int exitCode = admin(QStringList {u"keys"_s, u"rotate"_s} + shareArguments(u"second"_s, {1, 3}) +
                                       dealArguments(u"rotated"_s, 3),
                                   &output);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY2(output.contains("version 2 is current"), output.constData());
        QVERIFY2(output.contains("3 of 3 shares needed"), output.constData());
        QVERIFY((*SealConfig::load(dataDir()))->shareSet != before);
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(MasterKey::defaultFileName)));
        expectUnsealsAndReads(u"rotated"_s, {1, 2, 3}, 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM master_keys WHERE retired_at IS NULL"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM data_keys WHERE master_version <> 2"_s), 0);
        // The rotation's start and end, and the new deal.
        QCOMPARE(newKeyOperations(), 3);
        QByteArray verified;
        QCOMPARE(admin({u"audit"_s, u"verify"_s}, &verified), 0);
    }
};

QTEST_GUILESS_MAIN(TestCustodians)
#include "tst_custodians.moc"
