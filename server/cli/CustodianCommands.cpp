#include "cli/CustodianCommands.h"

#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "audit/KeyOperationAudit.h"
#include "cli/CliOutput.h"
#include "cli/PasswordInput.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "keys/KeyRotation.h"
#include "keys/KeyStore.h"
#include "keys/SealConfig.h"
#include "keys/ShareDealer.h"
#include "keys/Unsealer.h"
#include "storage/Custodians.h"
#include "storage/UserRepository.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <functional>

namespace regiekamer::server::custodianCommands {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxShareFileBytes = 64 * 1024;

QString ceremonyOperator()
{
    return qEnvironmentVariable("USER", u"operator"_s);
}

int usageError(const QString &message)
{
    return cli::failWith(message + u"\nUsage:\n"_s + QLatin1StringView(usageLines), 2);
}

// The database with a key store (from the plain key file or the unsealed key in memory) and its access log.
struct CeremonyDatabase
{
    std::unique_ptr<Database> database;
    std::unique_ptr<KeyStore> keys; // declared after the database, so destroyed before it
    std::unique_ptr<FieldCipher> cipher;
    std::unique_ptr<audit::AuditLog> log;
};

using KeyStoreOpener = std::function<Result<std::unique_ptr<KeyStore>>(Database &)>;

Result<CeremonyDatabase> openCeremonyDatabase(const QString &dataDir, const QString &auditKeyPath,
                                              const KeyStoreOpener &openKeys)
{
    CeremonyDatabase opened;
    auto database = Database::open(dataDir);
    if (!database)
        return std::unexpected(database.error());
    opened.database = std::move(*database);
    auto keys = openKeys(*opened.database);
    if (!keys)
        return std::unexpected(keys.error());
    opened.keys = std::move(*keys);
    if (!opened.keys->hasMasterKey())
        return fail(u"key_ceremony"_s, u"The database has no master key yet: start the server once first."_s);
    auto log = audit::AuditLog::open(*opened.database, auditKeyPath, *opened.keys, ceremonyOperator());
    if (!log)
        return std::unexpected(log.error());
    opened.log = std::move(*log);
    if (auto initialised = audit::initialiseKeys(*opened.keys, *opened.log, ceremonyOperator()); !initialised)
        return std::unexpected(initialised.error());
    opened.cipher = std::make_unique<FieldCipher>(*opened.keys);
    return opened;
}

Result<int> thresholdOption(const QCommandLineParser &parser)
{
    bool ok = false;
    const int threshold = parser.value(u"threshold"_s).toInt(&ok);
    if (!ok || threshold < 2)
        return fail(u"usage"_s, u"--threshold K: the number of shares needed, at least 2."_s);
    return threshold;
}

// The seats of the new deal: each --custodian EMAIL=OUT.share an active admin account, once; then the passphrases.
Result<QList<shareDealer::Seat>> seatsFor(const QCommandLineParser &parser, CeremonyDatabase &opened)
{
    const QStringList custodianValues = parser.values(u"custodian"_s);
    const QStringList passphraseFiles = parser.values(u"passphrase-file"_s);
    if (!passphraseFiles.isEmpty() && passphraseFiles.size() != custodianValues.size())
        return fail(u"usage"_s, u"Give one --passphrase-file per --custodian, in the same order, or none."_s);
    QList<shareDealer::Seat> seats;
    QSet<qint64> seen;
    UserRepository users(*opened.database, *opened.cipher);
    for (const QString &value : custodianValues) {
        const qsizetype separator = value.indexOf(u'=');
        if (separator < 1 || separator == value.size() - 1)
            return fail(u"usage"_s, u"--custodian takes EMAIL=OUT.share, not \"%1\"."_s.arg(value));
        const QString email = UserRepository::normaliseEmail(value.left(separator));
        auto user = users.findByEmail(email);
        if (!user)
            return std::unexpected(user.error());
        if (!*user || (*user)->disabled || (*user)->invited || (*user)->info.role != Role::Admin)
            return fail(u"key_ceremony"_s,
                        u"%1 is not an active admin account: only admins can be custodians."_s.arg(email));
        if (seen.contains((*user)->info.id))
            return fail(u"key_ceremony"_s, u"%1 is named twice: each custodian holds one share."_s.arg(email));
        seen.insert((*user)->info.id);
        seats.append(shareDealer::Seat {(*user)->info.id, email, {}, value.mid(separator + 1)});
    }
    for (int position = 0; position < seats.size(); ++position) {
        shareDealer::Seat &seat = seats[position];
        if (QFileInfo::exists(seat.shareFilePath))
            return fail(u"key_ceremony"_s,
                        u"%1 exists already: a share file is never overwritten."_s.arg(seat.shareFilePath));
        auto passphrase =
            passwordInput::readPassphrase(passphraseFiles.value(position),
                                          u"New passphrase for the share of %1 (at least %2 characters)"_s.arg(
                                              seat.email, QString::number(crypto::ShareFile::minimumPassphraseLength)),
                                          true);
        if (!passphrase)
            return std::unexpected(passphrase.error());
        seat.passphrase = *passphrase;
    }
    return seats;
}

// The master key from the current custodians' share files (--share, with --share-passphrase-file or prompts).
Result<MasterKey> unsealFromShareFiles(const QCommandLineParser &parser, const QString &dataDir,
                                       const SealConfig &config)
{
    const QStringList shareFiles = parser.values(u"share"_s);
    const QStringList passphraseFiles = parser.values(u"share-passphrase-file"_s);
    if (!passphraseFiles.isEmpty() && passphraseFiles.size() != shareFiles.size())
        return fail(u"usage"_s, u"Give one --share-passphrase-file per --share, in the same order, or none."_s);
    Unsealer unsealer(config, SealConfig::sealedKeyringPath(dataDir));
    for (int position = 0; position < shareFiles.size(); ++position) {
        const QString &path = shareFiles.at(position);
        QFile input(path);
        if (!input.open(QIODevice::ReadOnly) || input.size() > maxShareFileBytes)
            return fail(u"key_ceremony"_s, u"Cannot read the share file %1."_s.arg(path));
        auto file = crypto::ShareFile::fromJson(input.readAll());
        if (!file)
            return fail(file.error().code, u"%1: %2"_s.arg(path, file.error().message));
        auto passphrase = passwordInput::readPassphrase(passphraseFiles.value(position),
                                                        u"Passphrase of the share file %1"_s.arg(path), false);
        if (!passphrase)
            return std::unexpected(passphrase.error());
        auto share = file->open(*passphrase);
        passphrase->fill(0);
        if (!share)
            return fail(share.error().code, u"%1: %2"_s.arg(path, share.error().message));
        auto added = unsealer.add({file->shareSet(), file->index(), *share});
        share->fill(0);
        if (!added)
            return fail(added.error().code, u"%1: %2"_s.arg(path, added.error().message));
    }
    if (!unsealer.complete())
        return fail(
            u"unseal_incomplete"_s,
            u"%1 of the %2 shares needed were given (--share FILE for each)."_s.arg(unsealer.progress().received)
                .arg(config.threshold));
    return unsealer.unseal();
}

// The new custodians and the access log entry of the ceremony step, in one transaction.
Status recordDeal(CeremonyDatabase &opened, const SealConfig &config, const QString &step)
{
    auto current = masterVersions::current(*opened.database);
    if (!current)
        return std::unexpected(current.error());
    QList<custodians::Custodian> seated;
    QStringList holders;
    for (const ShareSlot &slot : config.slots) {
        seated.append({slot.custodianUserId, config.shareSet, slot.index, config.dealtAt});
        holders.append(u"%1:user %2"_s.arg(slot.index).arg(slot.custodianUserId));
    }
    Transaction transaction(*opened.database);
    if (!transaction.started())
        return transaction.started();
    if (auto replaced = custodians::replaceAll(*opened.database, seated); !replaced)
        return replaced;
    audit::KeyOperationAudit record(*opened.log, ceremonyOperator());
    if (auto logged = record.record({*current,
                                     u"%1: share set %2, %3 of %4 shares needed, shares %5"_s.arg(
                                         step, config.shareSet, QString::number(config.threshold),
                                         QString::number(config.shares), holders.join(u", "_s))});
        !logged)
        return logged;
    return transaction.commit();
}

void printDeal(const shareDealer::Deal &deal)
{
    cli::print(u"Share set %1: %2 of %3 shares needed to unseal."_s.arg(deal.config.shareSet)
                   .arg(deal.config.threshold)
                   .arg(deal.config.shares));
    for (int position = 0; position < deal.files.size(); ++position)
        cli::print(u"  share %1 for %2: %3"_s.arg(deal.files.at(position).index())
                       .arg(deal.files.at(position).custodian(), deal.paths.at(position)));
    cli::print(u"Hand each share file to its custodian; keep none of them on this server (docs/keys.md)."_s);
}

// Sealed: the custodians' shares open the key; the ceremony must then deal anew.
struct Unsealed
{
    SealConfig config;
    MasterKey master;
};

Result<Unsealed> unsealDataDirectory(const QCommandLineParser &parser, const QString &dataDir)
{
    auto config = SealConfig::load(dataDir);
    if (!config)
        return std::unexpected(config.error());
    if (!*config)
        return fail(u"not_sealed"_s,
                    u"%1 has no seal.json: it is not sealed (custodians deal seals it)."_s.arg(dataDir));
    if (QFileInfo::exists(QDir(dataDir).filePath(MasterKey::defaultFileName)))
        return fail(u"key_ceremony"_s,
                    u"%1 holds both seal.json and a plain master.key: destroy master.key "
                    "(shred -u) once the shares are known to open master.key.sealed."_s.arg(dataDir));
    auto master = unsealFromShareFiles(parser, dataDir, **config);
    if (!master)
        return std::unexpected(master.error());
    return Unsealed {**config, std::move(*master)};
}

// What reshare and a sealed rotation share: k current shares open the master key in memory, the database opens on
// it (checked against its check values), and a new unseal key is dealt to the new custodians (nothing written yet).
struct Redeal
{
    Unsealed unsealed;
    CeremonyDatabase opened;
    shareDealer::Deal deal;
};

Result<Redeal> prepareRedeal(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath,
                             int threshold)
{
    auto unsealed = unsealDataDirectory(parser, dataDir);
    if (!unsealed)
        return std::unexpected(unsealed.error());
    auto opened = openCeremonyDatabase(dataDir, auditKeyPath,
                                       [&](Database &database) { return KeyStore::open(database, unsealed->master); });
    if (!opened)
        return std::unexpected(opened.error());
    auto seats = seatsFor(parser, *opened);
    if (!seats)
        return std::unexpected(seats.error());
    auto dealt = shareDealer::deal(*seats, threshold);
    if (!dealt)
        return std::unexpected(dealt.error());
    return Redeal {std::move(*unsealed), std::move(*opened), std::move(*dealt)};
}

int deal(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath,
         const QString &masterKeyPath)
{
    if (QFileInfo::exists(SealConfig::path(dataDir)))
        return cli::failWith(
            u"%1 is sealed already: use `custodians reshare` to deal to other custodians."_s.arg(dataDir));
    auto plain = MasterKey::load(masterKeyPath);
    if (!plain || !*plain)
        return cli::failWith(plain ? u"There is no master key file %1 to seal."_s.arg(masterKeyPath)
                                   : plain.error().message);
    auto threshold = thresholdOption(parser);
    if (!threshold)
        return usageError(threshold.error().message);
    auto opened = openCeremonyDatabase(dataDir, auditKeyPath,
                                       [&](Database &database) { return KeyStore::open(database, masterKeyPath); });
    if (!opened)
        return cli::failWith(opened.error().message);
    auto seats = seatsFor(parser, *opened);
    auto dealt =
        seats ? shareDealer::deal(*seats, *threshold) : Result<shareDealer::Deal>(std::unexpected(seats.error()));
    if (!dealt)
        return cli::failWith(dealt.error().message);
    if (auto written = shareDealer::write(dataDir, *dealt, **plain); !written)
        return cli::failWith(written.error().message);
    if (auto recorded = recordDeal(*opened, dealt->config, u"custodians deal"_s); !recorded)
        return cli::failWith(u"%1\nThe directory is sealed, but the custodians were not recorded; %2 is kept: "
                             "run `custodians reshare` with the new shares, then destroy it."_s.arg(
                                 recorded.error().message, masterKeyPath));
    if (auto destroyed = shareDealer::destroyPlainKeyFile(masterKeyPath); !destroyed)
        return cli::failWith(destroyed.error().message);
    printDeal(*dealt);
    cli::print(u"The plain master key file %1 is destroyed: the server now starts sealed."_s.arg(masterKeyPath));
    return 0;
}

int reshare(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath)
{
    auto threshold = thresholdOption(parser);
    if (!threshold)
        return usageError(threshold.error().message);
    auto redeal = prepareRedeal(parser, dataDir, auditKeyPath, *threshold);
    if (!redeal)
        return cli::failWith(redeal.error().message);
    if (auto written = shareDealer::write(dataDir, redeal->deal, redeal->unsealed.master); !written)
        return cli::failWith(written.error().message);
    const QString oldSet = redeal->unsealed.config.shareSet;
    if (auto recorded = recordDeal(redeal->opened, redeal->deal.config,
                                   u"custodians reshare (replacing share set %1)"_s.arg(oldSet));
        !recorded)
        return cli::failWith(recorded.error().message);
    printDeal(redeal->deal);
    cli::print(u"The shares of set %1 open nothing any more; the master key is unchanged."_s.arg(oldSet));
    return 0;
}

int list(const QString &dataDir)
{
    auto config = SealConfig::load(dataDir);
    if (!config)
        return cli::failWith(config.error().message);
    if (!*config) {
        cli::print(u"%1 is in development mode: no seal.json, the master key is stored unsealed."_s.arg(dataDir));
        return 0;
    }
    auto database = Database::open(dataDir);
    auto recorded = database ? custodians::all(**database)
                             : Result<QList<custodians::Custodian>>(std::unexpected(database.error()));
    if (!recorded)
        return cli::failWith(recorded.error().message);
    cli::print(u"Share set %1, dealt %2: %3 of %4 shares needed to unseal."_s
                   .arg((*config)->shareSet, (*config)->dealtAt.toString(Qt::ISODate))
                   .arg((*config)->threshold)
                   .arg((*config)->shares));
    cli::print(u"%1  %2"_s.arg(u"SHARE"_s, -6).arg(u"CUSTODIAN (account id)"_s));
    for (const ShareSlot &slot : std::as_const((*config)->slots))
        cli::print(u"%1  %2"_s.arg(slot.index, -6).arg(slot.custodianUserId));
    for (const custodians::Custodian &custodian : std::as_const(*recorded)) {
        if (custodian.shareSet != (*config)->shareSet)
            cli::print(u"Warning: the database records share set %1, seal.json %2."_s.arg(custodian.shareSet,
                                                                                          (*config)->shareSet));
    }
    return 0;
}

} // namespace

QList<QCommandLineOption> options()
{
    return {{u"threshold"_s, u"custodians: the number of shares needed to unseal."_s, u"K"_s},
            {u"custodian"_s, u"custodians: EMAIL=OUT.share, one per custodian."_s, u"EMAIL=FILE"_s},
            {u"passphrase-file"_s, u"custodians: a new share's passphrase, one per --custodian."_s, u"FILE"_s},
            {u"share"_s, u"custodians reshare, keys rotate: a current share file."_s, u"FILE"_s},
            {u"share-passphrase-file"_s, u"The passphrase of a --share, one per --share."_s, u"FILE"_s}};
}

int run(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath,
        const QString &masterKeyPath)
{
    const QStringList command = parser.positionalArguments();
    if (dataDir.isEmpty())
        return usageError(u"--data-dir is required."_s);
    const QString sub = command.value(1);
    if (command.size() != 2)
        return usageError(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
    if (sub == "deal"_L1)
        return deal(parser, dataDir, auditKeyPath, masterKeyPath);
    if (sub == "reshare"_L1)
        return reshare(parser, dataDir, auditKeyPath);
    if (sub == "list"_L1)
        return list(dataDir);
    return usageError(u"Unknown command \"%1\"."_s.arg(command.join(u' ')));
}

int rotateSealed(const QCommandLineParser &parser, const QString &dataDir, const QString &auditKeyPath, int batchSize)
{
    auto threshold = thresholdOption(parser);
    if (!threshold)
        return usageError(threshold.error().message);
    auto redeal = prepareRedeal(parser, dataDir, auditKeyPath, *threshold);
    if (!redeal)
        return cli::failWith(redeal.error().message);
    const shareDealer::Deal &dealt = redeal->deal;
    CeremonyDatabase &opened = redeal->opened;
    // The new share files first: from the first new key version on, only they open master.key.sealed.
    if (auto written = shareDealer::writeShareFiles(dealt); !written)
        return cli::failWith(written.error().message);
    audit::KeyOperationAudit record(*opened.log, ceremonyOperator());
    const auto persist = [&](const MasterKey &master) { return shareDealer::sealAgain(dataDir, dealt, master); };
    KeyRotation rotation(*opened.keys, record, batchSize, KeyRotation::SealedKeys {redeal->unsealed.master, persist});
    auto report = rotation.run([](qint64 rewrapped) { cli::progress(u"Re-wrapped %1 data keys\r"_s.arg(rewrapped)); });
    if (!report)
        return cli::failWith(u"%1\nThe rotation stopped; the data stays readable. Run `keys rotate` again with the "
                             "NEW share files to finish it."_s.arg(report.error().message));
    if (auto recorded = recordDeal(opened, dealt.config,
                                   u"keys rotate on a sealed data directory (master key "
                                   "version %1, replacing share set %2)"_s.arg(QString::number(report->newVersion),
                                                                               redeal->unsealed.config.shareSet));
        !recorded)
        return cli::failWith(recorded.error().message);
    cli::print(u"Master key rotated: version %1 is current, %2 data keys re-wrapped."_s.arg(report->newVersion)
                   .arg(report->rewrapped));
    printDeal(dealt);
    return 0;
}

} // namespace regiekamer::server::custodianCommands
