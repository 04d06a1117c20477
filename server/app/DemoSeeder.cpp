#include "app/DemoSeeder.h"

#include "app/DemoData.h"
#include "app/DemoGoLive.h"
#include "auth/PasswordHasher.h"
#include "base/ApiError.h"
#include "crypto/SecureRandom.h"
#include "db/DataDirectory.h"
#include "db/Database.h"
#include "keys/FieldCipher.h"
#include "storage/ApprovalRuleRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/QuestionModeration.h"
#include "storage/QuestionRepository.h"
#include "storage/RegistrationRepository.h"
#include "storage/UserRepository.h"
#include "storage/WebinarRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 demoSeed = 20240611; // deterministic names, companies and questions

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// "van der Berg" -> "vanderberg", "García" -> "garcia": a plausible mailbox name.
QString mailboxPart(const QString &name)
{
    QString result;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && c.isLetter())
            result += c.toLower();
    }
    return result;
}

template<typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
}

// Phone, consent, approval and attendance of one demo registration: believable mixes (most consent to recording,
// fewer to marketing; attendance only once a webinar went live).
void addRegistrationExtras(NewRegistration &registration, QRandomGenerator &random, const demoData::Webinar &webinar,
                           const QDateTime &now)
{
    registration.phone = random.bounded(3) == 0 ? u""_s : u"+31 6 %1"_s.arg(random.bounded(10000000u, 99999999u));
    const bool recording = random.bounded(10) < 8, marketing = random.bounded(10) < 3;
    registration.consent = api::Consent {recording, marketing, registration.registeredAt};
    const quint32 roll = random.bounded(20);
    registration.approval = roll == 0 ? api::ApprovalState::Rejected
        : roll < 3                    ? api::ApprovalState::Pending
                                      : api::ApprovalState::Approved;
    const bool started = webinar.state == WebinarState::Live || webinar.state == WebinarState::Ended ||
        webinar.state == WebinarState::Archived;
    if (started && registration.approval == api::ApprovalState::Approved && random.bounded(10) < 7) {
        const QDateTime start = now.addSecs(webinar.startOffsetMinutes * 60 + random.bounded(600));
        const bool live = webinar.state == WebinarState::Live;
        const bool stillThere = live && random.bounded(10) < 8;
        // Nobody left a live webinar later than now: at most the minutes since they joined.
        const qint64 sinceJoining = std::max<qint64>(1, start.secsTo(now) / 60);
        const qint64 watched = stillThere ? start.secsTo(now) / 60
            : live                        ? random.bounded(qint64 {1}, std::max<qint64>(2, sinceJoining))
                                          : qint64 {random.bounded(5, std::max(6, webinar.durationMinutes))};
        registration.joinedAt = start;
        registration.leftAt = stillThere ? QDateTime() : start.addSecs(watched * 60);
        registration.minutesWatched = watched;
    }
}

} // namespace

DemoSeeder::DemoSeeder(Database &database, FieldCipher &cipher, const PasswordHasher &hasher, Clock clock)
    : m_database(database)
    , m_cipher(cipher)
    , m_hasher(hasher)
    , m_clock(std::move(clock))
{
}

Result<QString> DemoSeeder::seedIfEmpty(const QString &dataDir)
{
    auto users = UserRepository(m_database, m_cipher, m_clock).count();
    if (!users)
        return std::unexpected(users.error());
    if (*users == 0)
        return seed(dataDir);
    QFile file(QDir(dataDir).filePath(accountsFileName));
    if (!file.open(QIODevice::ReadOnly))
        return QString(u"# The database already has accounts; no demo data was seeded.\n"_s);
    return QString::fromUtf8(file.readAll());
}

Result<QString> DemoSeeder::seed(const QString &dataDir)
{
    m_now = m_clock();
    QList<QString> passwords, hashes;
    for (qsizetype i = 0; i < demoData::accounts().size(); ++i) {
        auto password = crypto::secureRandom::password();
        auto hash = password ? m_hasher.hash(QCA::SecureArray(password->toUtf8())) : Result<QString>();
        if (!password || !hash)
            return std::unexpected(password ? hash.error() : password.error());
        passwords += *password;
        hashes += *hash;
    }
    Transaction transaction(m_database);
    QList<qint64> organisationIds, webinarIds, userIds;
    auto ok = transaction.started();
    if (ok)
        ok = insertOrganisationsAndWebinars(organisationIds, webinarIds);
    if (ok)
        ok = insertAccounts(organisationIds, hashes, userIds);
    if (ok)
        ok = insertAssignments(webinarIds, userIds);
    if (ok)
        ok = insertRegistrations(organisationIds, webinarIds, userIds);
    if (ok)
        ok = insertApprovalRules(webinarIds);
    if (ok)
        ok = DemoGoLive {m_database, m_cipher, m_now}.seed(webinarIds, organisationIds, userIds.at(0), userIds.at(1));
    if (ok)
        ok = transaction.commit();
    if (!ok)
        return std::unexpected(ok.error());
    QString text = u"# Regiekamer demo accounts: ROLE EMAIL PASSWORD\n"_s;
    for (qsizetype i = 0; i < demoData::accounts().size(); ++i) {
        const auto &account = demoData::accounts().at(i);
        text += roleToWire(account.role) + u' ' + u8(account.email) + u' ' + passwords.at(i) + u'\n';
    }
    if (auto written = dataDirectory::writePrivateFile(QDir(dataDir).filePath(accountsFileName), text.toUtf8());
        !written)
        return std::unexpected(written.error());
    return text;
}

Status DemoSeeder::insertOrganisationsAndWebinars(QList<qint64> &organisationIds, QList<qint64> &webinarIds)
{
    OrganisationRepository organisations(m_database, [this] { return m_now.addDays(-400); });
    for (const auto &organisation : demoData::organisations()) {
        auto created = organisations.create(u8(organisation.name));
        if (!created)
            return std::unexpected(created.error());
        organisationIds += created->id;
    }
    WebinarRepository webinars(m_database, m_cipher);
    for (const auto &webinar : demoData::webinars()) {
        // Whole quarter hours, as a planner would schedule them.
        QDateTime starts = m_now.addSecs(webinar.startOffsetMinutes * 60);
        starts = starts.addSecs(-(starts.time().minute() % 15) * 60 - starts.time().second());
        starts.setTime(QTime(starts.time().hour(), starts.time().minute()));
        auto inserted = webinars.insert(NewWebinar {organisationIds.at(webinar.organisation), u8(webinar.title),
                                                    u8(webinar.description), webinar.state, starts,
                                                    webinar.durationMinutes, webinar.requiresApproval});
        if (!inserted)
            return std::unexpected(inserted.error());
        webinarIds += *inserted;
    }
    return {};
}

Status DemoSeeder::insertAccounts(const QList<qint64> &organisationIds, const QList<QString> &hashes,
                                  QList<qint64> &userIds)
{
    UserRepository users(m_database, m_cipher, [this] { return m_now; });
    for (qsizetype i = 0; i < demoData::accounts().size(); ++i) {
        const auto &account = demoData::accounts().at(i);
        const qint64 organisation = account.organisation >= 0 ? organisationIds.at(account.organisation) : 0;
        auto id = users.create(
            NewUser {u8(account.email), u8(account.displayName), account.role, {}, hashes.at(i), organisation});
        if (!id)
            return std::unexpected(id.error());
        userIds += *id;
        if (account.role == Role::Viewer) {
            auto stored = ProfileRepository(m_database, m_cipher)
                              .store(*id, u"+31 6 12345678"_s, u"Thuiszorg Drenthe"_s, u"Wijkverpleegkundige"_s,
                                     api::ConsentChoice {true, false}, m_now.addDays(-40));
            if (!stored)
                return stored;
        }
    }
    return {};
}

Status DemoSeeder::insertAssignments(const QList<qint64> &webinarIds, const QList<qint64> &userIds)
{
    WebinarRepository webinars(m_database, m_cipher);
    const qint64 director = userIds.at(1), moderator = userIds.at(2);
    for (qsizetype i = 0; i < webinarIds.size(); ++i) {
        const auto &webinar = demoData::webinars().at(i);
        for (const auto &[assigned, user, role] : {std::tuple {webinar.director, director, Role::Director},
                                                   std::tuple {webinar.moderator, moderator, Role::Moderator}}) {
            if (!assigned)
                continue;
            if (auto inserted = webinars.insertAssignment(webinarIds.at(i), user, role); !inserted)
                return inserted;
        }
    }
    return {};
}

Status DemoSeeder::insertRegistrations(const QList<qint64> &organisationIds, const QList<qint64> &webinarIds,
                                       const QList<qint64> &userIds)
{
    QRandomGenerator random(demoSeed);
    const auto &viewer = demoData::accounts().last();
    RegistrationRepository registrations(m_database, m_cipher);
    for (qsizetype i = 0; i < webinarIds.size(); ++i) {
        const auto &webinar = demoData::webinars().at(i);
        auto key = m_cipher.organisationKey(organisationIds.at(webinar.organisation));
        if (!key)
            return std::unexpected(key.error());
        QList<qint64> registrationIds;
        for (int n = 0; n < webinar.registrations; ++n) {
            const QString given = u8(pick(random, demoData::givenNames()));
            const QString family = u8(pick(random, demoData::familyNames()));
            const bool isViewer = webinar.viewer && n == 0;
            const QString email = isViewer ? u8(viewer.email)
                                           : u"%1.%2%3@example.%4"_s.arg(mailboxPart(given), mailboxPart(family))
                                                 .arg(n)
                                                 .arg(random.bounded(2) ? u"nl"_s : u"com"_s);
            NewRegistration registration;
            registration.webinarId = webinarIds.at(i);
            registration.userId = isViewer ? userIds.last() : 0;
            registration.fullName = isViewer ? u8(viewer.displayName) : given + u' ' + family;
            registration.email = email;
            registration.company = u8(pick(random, demoData::companies()));
            registration.jobTitle = u8(pick(random, demoData::jobTitles()));
            registration.registeredAt = m_now.addSecs(-static_cast<qint64>(random.bounded(30u * 24 * 3600)));
            addRegistrationExtras(registration, random, webinar, m_now);
            auto inserted = registrations.insert(registration, *key);
            if (!inserted)
                return std::unexpected(inserted.error());
            if (auto stay = insertStay(registration, *inserted, webinar); !stay)
                return stay;
            // Only approved attendees ask questions (a pending or rejected one cannot join).
            if (registration.approval == api::ApprovalState::Approved)
                registrationIds += *inserted;
        }
        const bool hasQuestions = webinar.state == WebinarState::Live || webinar.state == WebinarState::Ended ||
            webinar.state == WebinarState::Rehearsal || webinar.state == WebinarState::Archived;
        if (hasQuestions && !registrationIds.isEmpty()) {
            const QuestionBatch batch {webinarIds.at(i), webinar.organisation, 4 + static_cast<int>(i) * 2};
            if (auto ok = insertQuestions(batch, registrationIds, userIds.at(1)); !ok)
                return ok;
        }
    }
    return {};
}

Status DemoSeeder::insertApprovalRules(const QList<qint64> &webinarIds)
{
    const auto &demo = demoData::approvalRules();
    const qint64 webinarId = webinarIds.at(demo.webinar);
    RegistrationRepository registrations(m_database, m_cipher);
    RegistrationQuery pending;
    pending.webinarId = webinarId;
    pending.approval = api::ApprovalState::Pending;
    pending.sort = u"registeredAt"_s;
    pending.limit = demo.waiting;
    pending.readable = {rights::FieldClass::Registration};
    auto page = registrations.list(pending);
    if (!page)
        return std::unexpected(page.error());
    for (const api::Registration &registration : page->items) {
        if (auto waiting =
                registrations.setApproval(registration.id, registration.version, api::ApprovalState::Waitlisted);
            !waiting)
            return std::unexpected(waiting.error());
    }
    ApprovalRuleRepository rules(m_database);
    auto current = rules.find(webinarId);
    if (!current)
        return std::unexpected(current.error());
    api::ApprovalRulesUpdate change;
    for (const char *domain : demo.domains)
        change.domains += u8(domain);
    for (const char *organisation : demo.organisations)
        change.organisations += u8(organisation);
    change.capacity = std::max<qint64>(1, current->approvedCount);
    change.version = current->version;
    auto stored = rules.store(webinarId, change);
    return stored ? Status {} : Status(std::unexpected(stored.error()));
}

// The stay in the room behind a demo registration's attendance (attendance_sessions), so minutes watched and the
// concurrent viewers per minute agree with it. Those still present in the live webinar are simulated viewers whose
// ticks last until its planned end: the room's sweep lets them leave then.
Status DemoSeeder::insertStay(const NewRegistration &registration, qint64 registrationId,
                              const demoData::Webinar &webinar)
{
    if (!registration.joinedAt.isValid())
        return {};
    const bool present = !registration.leftAt.isValid();
    const QDateTime plannedEnd = m_now.addSecs((webinar.startOffsetMinutes + webinar.durationMinutes) * 60);
    RegistrationRepository registrations(m_database, m_cipher);
    return AttendanceRepository(m_database, m_cipher, registrations)
        .insertStay(registrationId, registration.webinarId, registration.joinedAt,
                    present ? std::max(plannedEnd, m_now) : registration.leftAt, registration.leftAt);
}

Status DemoSeeder::insertQuestions(const QuestionBatch &batch, const QList<qint64> &registrationIds, qint64 directorId)
{
    const qint64 webinarId = batch.webinarId;
    const int count = batch.count;
    using State = api::QuestionState;
    static const QList<State> states {State::New,      State::New,       State::Approved,
                                      State::Answered, State::Dismissed, State::Pinned};
    QRandomGenerator random(demoSeed + static_cast<quint32>(webinarId));
    QuestionRepository questions(m_database, m_cipher);
    QList<qint64> ids;
    for (int n = 0; n < count; ++n) {
        NewQuestion question {webinarId,
                              pick(random, registrationIds),
                              u8(pick(random, demoData::questions(batch.organisation))),
                              pick(random, states),
                              m_now.addSecs(qint64 {-60} * (count - n)),
                              std::nullopt,
                              0,
                              false};
        if (n % 5 == 3) { // a few answered ones, by the demo director
            question.state = State::Answered;
            question.answer = u8(demoData::answer(batch.organisation));
            question.answeredBy = directorId;
        }
        if (n == 1) { // one answered live, without a written answer
            question.state = State::Answered;
            question.answeredLive = true;
            question.answeredBy = directorId;
        }
        auto inserted = questions.insert(question);
        if (!inserted)
            return std::unexpected(inserted.error());
        ids.append(*inserted);
    }
    return seedQuestionModeration(m_database, webinarId, ids, directorId, m_now);
}

} // namespace regiekamer::server
