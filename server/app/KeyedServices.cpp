#include "app/KeyedServices.h"

#include "accounts/EmailChanges.h"
#include "accounts/Invitations.h"
#include "accounts/JoinLinks.h"
#include "accounts/PasswordResets.h"
#include "accounts/SignUps.h"
#include "app/AppLogging.h"
#include "app/DemoSeeder.h"
#include "audit/AuditAnchor.h"
#include "audit/AuditLog.h"
#include "audit/AuditMonitor.h"
#include "audit/AuditQuery.h"
#include "audit/KeyOperationAudit.h"
#include "auth/AccessPolicy.h"
#include "auth/AccountTokens.h"
#include "auth/AddressThrottle.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/SecondFactors.h"
#include "auth/SessionStore.h"
#include "backup/BackupEngine.h"
#include "backup/ChangeLogStore.h"
#include "base/ApiError.h"
#include "db/Database.h"
#include "http/ApiServer.h"
#include "http/EventHub.h"
#include "http/RoomSweep.h"
#include "http/controllers/RoomController.h"
#include "http/controllers/SealController.h"
#include "keys/FieldCipher.h"
#include "keys/KeyStore.h"
#include "keys/SealConfig.h"
#include "mail/Outbox.h"
#include "mail/OutboxWorker.h"
#include "net/GuardedListener.h"
#include "storage/AttendanceRepository.h"
#include "storage/DeviceRepository.h"
#include "storage/FieldMigration.h"
#include "storage/OrganisationRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/StreamKeyRepository.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"
#include "storage/WebinarTimeline.h"
#include "web/account/AccountLinkPages.h"
#include "web/account/EmailChangePages.h"
#include "web/account/SignUpPages.h"
#include "web/portal/PortalController.h"

#include <QDir>
#include <QTimer>

#include <cstdio>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

} // namespace

// Everything that holds keys while the server serves; destroyed in reverse order (routes, then keys).
struct KeyedServices::Running
{
    Database *database = nullptr; // owned by the ServerLifecycle: it outlives the keys
    QObject context; // the housekeeping timer
    std::unique_ptr<KeyStore> keys;
    std::unique_ptr<FieldCipher> cipher;
    std::optional<PasswordHasher> hasher;
    std::unique_ptr<UserRepository> users;
    std::unique_ptr<WebinarRepository> webinars;
    std::unique_ptr<RegistrationRepository> registrations;
    std::unique_ptr<AttendanceRepository> attendance;
    std::unique_ptr<QuestionRepository> questions;
    std::unique_ptr<OrganisationRepository> organisations;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<DeviceRepository> devices;
    std::unique_ptr<StreamKeyRepository> streamKeys;
    std::unique_ptr<WebinarTimeline> timeline;
    std::unique_ptr<AccessPolicy> policy;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<LoginThrottle> throttle;
    std::unique_ptr<SecondFactors> secondFactors;
    std::unique_ptr<audit::AuditLog> auditLog;
    std::unique_ptr<AuditQuery> auditQuery;
    std::unique_ptr<audit::AuditMonitor> auditMonitor;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<EventHub> events;
    std::unique_ptr<RoomSweep> roomSweep;
    std::unique_ptr<backup::BackupEngine> backups;
    std::unique_ptr<mail::Outbox> outbox;
    std::unique_ptr<mail::OutboxWorker> mailWorker;
    std::unique_ptr<AccountTokens> tokens;
    std::unique_ptr<AddressThrottle> resetRequests;
    std::unique_ptr<Invitations> invitations;
    std::unique_ptr<PasswordResets> passwordResets;
    std::unique_ptr<AddressThrottle> signUpRequests;
    std::unique_ptr<JoinLinks> joinLinks;
    std::unique_ptr<SignUps> signUps;
    std::unique_ptr<EmailChanges> emailChanges;
};

namespace {

using Running = KeyedServices::Running;

Status openServices(Running &running, const ServerOptions &options, const KeySource &source)
{
    // Before anything is written: a missing or wrong master key stops the server here.
    auto keys = source.master ? KeyStore::open(*running.database, *source.master)
                              : KeyStore::open(*running.database, options.masterKeyFile);
    if (!keys)
        return std::unexpected(keys.error());
    running.keys = std::move(*keys);
    // As early as the keys allow: a start that fails later must not leave the upgrade's marker unconfirmed.
    if (auto claimed = fieldMigration::claimPending(*running.database, *running.keys); !claimed)
        return claimed;
    running.cipher = std::make_unique<FieldCipher>(*running.keys);
    auto hasher = PasswordHasher::create();
    if (!hasher)
        return std::unexpected(hasher.error());
    running.hasher = *hasher;
    Database &db = *running.database;
    FieldCipher &cipher = *running.cipher;
    running.users = std::make_unique<UserRepository>(db, cipher);
    running.webinars = std::make_unique<WebinarRepository>(db, cipher);
    running.registrations = std::make_unique<RegistrationRepository>(db, cipher);
    running.attendance = std::make_unique<AttendanceRepository>(db, cipher, *running.registrations);
    running.questions = std::make_unique<QuestionRepository>(db, cipher);
    running.organisations = std::make_unique<OrganisationRepository>(db);
    running.profiles = std::make_unique<ProfileRepository>(db, cipher);
    running.devices = std::make_unique<DeviceRepository>(db, cipher);
    running.streamKeys = std::make_unique<StreamKeyRepository>(db, cipher);
    running.timeline = std::make_unique<WebinarTimeline>(db, cipher);
    running.policy = std::make_unique<AccessPolicy>(db);
    running.sessions = std::make_unique<SessionStore>(db, SessionPolicy {options.sessionIdle, options.sessionMax});
    running.throttle = std::make_unique<LoginThrottle>(db, *running.keys);
    running.secondFactors = std::make_unique<SecondFactors>(db, cipher, options.secondFactor);
    if (auto purged = running.sessions->purgeExpired(); !purged)
        return purged;
    return {};
}

// The access log: its key (created on first start, which is itself logged), the log, and its verification.
Status openAuditLog(Running &running, const ServerOptions &options)
{
    auto log = audit::AuditLog::open(*running.database, options.auditKeyFile, *running.keys, u"regiekamer-server"_s);
    if (!log)
        return std::unexpected(log.error());
    running.auditLog = std::move(*log);
    if (auto initialised = audit::initialiseKeys(*running.keys, *running.auditLog, u"regiekamer-server"_s);
        !initialised)
        return initialised;
    running.auditQuery = std::make_unique<AuditQuery>(*running.database, *running.keys);
    running.auditMonitor = std::make_unique<audit::AuditMonitor>(QDir(options.dataDir).filePath(Database::fileName),
                                                                 running.auditLog->key());
    auto last = running.auditQuery->lastSequence();
    if (!last)
        return std::unexpected(last.error());
    // The whole chain is verified before the server serves; a broken one keeps it from serving data.
    if (auto verified = running.auditMonitor->start(*last); !verified)
        return verified;
    if (const api::AuditStatus status = running.auditMonitor->status(); !status.intact) {
        printLine(u"THE ACCESS LOG FAILED VERIFICATION at entry %1: %2. The server answers every request with 503 "
                  "access_log_broken until the log is restored (docs/operations.md \"Access log\")."_s
                      .arg(status.firstBadSequence)
                      .arg(status.problem));
    }
    return {};
}

// The personal fields a database upgraded from schema version 5 still holds in plain text are sealed, once, before
// anything reads them; on any other database a plain value there stops the start (docs/keys.md "Personal fields").
Status sealPendingFields(Running &running)
{
    auto sealed = fieldMigration::sealPending(*running.database, *running.cipher);
    if (!sealed)
        return std::unexpected(sealed.error());
    if (*sealed > 0)
        printLine(u"Encrypted the personal fields of %1 rows stored in plain text (schema version 8)."_s.arg(*sealed));
    return {};
}

Status seedDemo(Running &running, const ServerOptions &options)
{
    auto text = DemoSeeder(*running.database, *running.cipher, *running.hasher).seedIfEmpty(options.dataDir);
    if (!text)
        return std::unexpected(text.error());
    printLine(u"Demo accounts (%1/%2):\n%3"_s.arg(options.dataDir, DemoSeeder::accountsFileName, text->trimmed()));
    return {};
}

// The continuous backups (docs/backups.md): a misconfiguration (no age, a bad or readable recipients file, a bad
// target) stops the start; without --backup-to the status says "off".
Status startBackups(Running &running, const ServerOptions &options, const KeySource &source)
{
    if (!options.backup.enabled()) {
        if (auto cleared = backup::ChangeLogStore(*running.database).clear(); !cleared)
            return cleared;
        return backup::BackupEngine::writeOffStatus(options.dataDir);
    }
    backup::ChangeLogStore changeLog(*running.database);
    if (auto enabled = changeLog.enableCapture(); !enabled)
        return enabled;
    if (auto capturing = running.database->startChangeCapture(); !capturing)
        return capturing;
    backup::BackupConfig config;
    config.options = options.backup;
    config.databasePath = QDir(options.dataDir).filePath(Database::fileName);
    config.backupDir = QDir(options.dataDir).filePath(u"backup"_s);
    // A sealed server has no plain key file to copy: its sealed keyring and share set travel instead.
    config.files = {source.master ? QString() : options.masterKeyFile, options.auditKeyFile,
                    audit::anchor::pathBeside(config.databasePath), SealConfig::sealedKeyringPath(options.dataDir),
                    QDir(options.dataDir).filePath(QString::fromLatin1(SealConfig::fileName))};
    auto engine = backup::BackupEngine::create(std::move(config));
    if (!engine)
        return std::unexpected(engine.error());
    running.backups = std::move(*engine);
    printLine(u"Backups to: %1"_s.arg(options.backup.targets.join(u", "_s)));
    return running.backups->start();
}

// The outbox, and with --smtp its worker (docs/mail.md); without --smtp mail waits in the outbox.
Status startMail(Running &running, const ServerOptions &options, const KeySource &source)
{
    running.outbox = std::make_unique<mail::Outbox>(*running.database, *running.keys, options.mail.fromAddress);
    if (!options.mail.deliveryEnabled()) {
        printLine(u"Mail: no SMTP server configured (--smtp); mail stays in the outbox"_s);
        return {};
    }
    mail::OutboxWorkerConfig config;
    config.dataDir = options.dataDir;
    config.masterKeyPath = options.masterKeyFile;
    config.options = options.mail;
    config.poll = std::chrono::seconds(1);
    config.masterKey = source.master; // sealed: the worker's key store opens on the key in memory
    auto worker = mail::OutboxWorker::create(std::move(config));
    if (!worker)
        return std::unexpected(worker.error());
    running.mailWorker = std::move(*worker);
    mail::OutboxWorker *woken = running.mailWorker.get();
    running.outbox->setEnqueuedNotifier([woken] { woken->wake(); });
    running.mailWorker->start();
    printLine(u"Mail through: %1"_s.arg(running.mailWorker->transportDescription()));
    return {};
}

// The base of links in mail: --public-url, else the address the server listens on (never a request's Host header).
QUrl linkBase(const ServerOptions &options)
{
    if (options.mail.publicUrl.isValid())
        return options.mail.publicUrl;
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(options.host);
    url.setPort(options.port);
    return url;
}

// Invitations and password resets (docs/accounts.md): after the outbox and the access log.
void openAccounts(Running &running, const ServerOptions &options)
{
    running.tokens = std::make_unique<AccountTokens>(*running.database);
    // Ten reset requests per client network in 15 minutes (docs/accounts.md "Rate limits").
    running.resetRequests = std::make_unique<AddressThrottle>(AddressThrottlePolicy {10, std::chrono::minutes(15)});
    const AccountServices services {*running.database, *running.users,  *running.tokens,   *running.outbox,
                                    *running.cipher,   *running.hasher, *running.auditLog, linkBase(options)};
    running.invitations = std::make_unique<Invitations>(services);
    running.passwordResets = std::make_unique<PasswordResets>(services, *running.resetRequests);
    // Twenty registrations per client network in 15 minutes (docs/accounts.md "Rate limits").
    running.signUpRequests = std::make_unique<AddressThrottle>(AddressThrottlePolicy {20, std::chrono::minutes(15)});
    running.joinLinks = std::make_unique<JoinLinks>(services, *running.registrations, *running.webinars);
    running.signUps = std::make_unique<SignUps>(
        services, *running.signUpRequests,
        SignUps::Targets {*running.registrations, *running.webinars, *running.profiles, *running.joinLinks});
    running.emailChanges = std::make_unique<EmailChanges>(services);
}

void startHousekeeping(Running &running)
{
    QObject *context = &running.context;
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [&running] {
        if (auto ok = running.sessions->purgeExpired(); !ok)
            qCWarning(lcApp, "%s", qUtf8Printable(ok.error().message));
        if (auto ok = running.throttle->purgeOlderThan(std::chrono::hours(24)); !ok)
            qCWarning(lcApp, "%s", qUtf8Printable(ok.error().message));
        if (auto ok = running.tokens->purge(); !ok)
            qCWarning(lcApp, "%s", qUtf8Printable(ok.error().message));
        if (auto ok = running.backups ? Status() : backup::ChangeLogStore(*running.database).clear(); !ok)
            qCWarning(lcApp, "%s", qUtf8Printable(ok.error().message));
    });
    timer->start(std::chrono::minutes(10));
}

// The API and its event streams on the TLS listener.
Status startApi(Running &running, const ServerOptions &options, net::HandoverListener *handover,
                std::function<void()> seal)
{
    ApiServices services {*running.database,
                          *running.users,
                          *running.organisations,
                          *running.profiles,
                          *running.webinars,
                          *running.registrations,
                          *running.questions,
                          *running.sessions,
                          *running.throttle,
                          *running.hasher,
                          *running.policy,
                          *running.auditLog,
                          *running.auditQuery,
                          *running.auditMonitor,
                          *running.devices,
                          options.offlineLease,
                          options.dataDir,
                          running.outbox.get(),
                          running.mailWorker ? running.mailWorker->transportDescription() : QString(),
                          options.mail.publicUrl,
                          running.invitations.get(),
                          running.passwordResets.get(),
                          running.signUps.get(),
                          running.joinLinks.get(),
                          running.emailChanges.get(),
                          running.streamKeys.get(),
                          running.timeline.get(),
                          running.secondFactors.get()};
    running.api = std::make_unique<ApiServer>(services);
    running.api->addController(std::make_unique<web::PortalController>(web::PortalController::Services {
        *running.database, *running.keys, *running.users, *running.profiles, *running.webinars, *running.registrations,
        *running.questions, *running.auditQuery, running.api->signIn(), running.api->authenticator()}));
    running.api->addController(std::make_unique<web::AccountLinkPages>(*running.invitations, *running.passwordResets,
                                                                       running.api->passwordChecks()));
    running.api->addController(std::make_unique<web::SignUpPages>(web::SignUpPages::Services {
        *running.signUps, *running.joinLinks, *running.webinars, running.api->passwordChecks()}));
    running.api->addController(std::make_unique<web::EmailChangePages>(
        web::EmailChangePages::Services {*running.emailChanges, running.api->signIn(), running.api->authenticator()}));
    QObject::connect(running.api.get(), &ApiServer::auditAppended, running.auditMonitor.get(),
                     [&running](const api::AuditEntry &entry) { running.auditMonitor->noteAppended(entry.sequence); });
    // Event streams are checked at least every 30 s, and more often when sessions are shorter (tests).
    // The live rooms (docs/architecture.md "The room"): joining, presence, removals and bans, and the sweep.
    running.api->addController(std::make_unique<RoomController>(
        RoomController::Services {*running.registrations, *running.attendance, *running.webinars},
        ScopedAccess(*running.policy)));
    running.roomSweep = std::make_unique<RoomSweep>(*running.database, *running.attendance, *running.auditLog,
                                                    *running.api, options.presenceTimeout);
    running.events = std::make_unique<EventHub>(
        *running.api, std::min<std::chrono::milliseconds>(std::chrono::seconds(30), options.sessionIdle / 2));
    running.api->addController(std::make_unique<SealController>(std::move(seal)));
    if (!handover->prepare() || !running.api->http().bind(handover))
        return fail(QString::fromLatin1(api::errc::internal), u"Cannot attach the HTTP server to the TLS listener."_s);
    handover->finishPreparing();
    return {};
}

} // namespace

Result<std::unique_ptr<KeyedServices>> KeyedServices::start(const Start &start)
{
    std::unique_ptr<KeyedServices> services(new KeyedServices);
    Running &running = *services->m_running;
    running.database = &start.database;
    const ServerOptions &options = start.options;
    if (auto opened = openServices(running, options, start.keys); !opened)
        return std::unexpected(opened.error());
    // The key store is initialised (with the access log entry of a new master key) before anything is sealed.
    if (auto audited = openAuditLog(running, options); !audited)
        return std::unexpected(audited.error());
    if (auto sealed = sealPendingFields(running); !sealed)
        return std::unexpected(sealed.error());
    if (options.demo) {
        if (auto seeded = seedDemo(running, options); !seeded)
            return std::unexpected(seeded.error());
    }
    if (auto backups = startBackups(running, options, start.keys); !backups)
        return std::unexpected(backups.error());
    if (auto mailStarted = startMail(running, options, start.keys); !mailStarted)
        return std::unexpected(mailStarted.error());
    openAccounts(running, options);
    if (start.afterAudit) {
        if (auto done = start.afterAudit(*running.auditLog); !done)
            return std::unexpected(done.error());
    }
    if (auto started = startApi(running, options, start.handover, start.seal); !started)
        return std::unexpected(started.error());
    startHousekeeping(running);
    return services;
}

KeyedServices::KeyedServices()
    : m_running(std::make_unique<Running>())
{
}

KeyedServices::~KeyedServices()
{
    Running &running = *m_running;
    running.roomSweep.reset();
    running.events.reset(); // every event stream closes
    running.api.reset();
    if (running.mailWorker)
        running.mailWorker->stop(); // the mail being sent is finished; the rest waits for the next start
    if (running.auditMonitor)
        running.auditMonitor->finish(); // anchors the end of the log
    running.auditMonitor.reset();
    if (running.backups)
        running.backups->stop(std::chrono::seconds(5)); // the last changes and the final anchor reach the targets
    m_running.reset(); // the rest, keys last: every SecureArray is wiped as it is freed
}

QHttpServer *KeyedServices::http()
{
    return m_running->api ? &m_running->api->http() : nullptr;
}

} // namespace regiekamer::server
