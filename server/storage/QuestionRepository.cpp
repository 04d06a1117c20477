#include "storage/QuestionRepository.h"

#include "base/ApiError.h"
#include "db/Database.h"
#include "db/PreparedStatements.h"
#include "keys/FieldCipher.h"
#include "keys/ReadKeys.h"
#include "storage/QuestionModeration.h"
#include "storage/RegistrationRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

// Columns 13..: the votes (distinct voters of the question and of those merged into it), answered live, the question
// this one was merged into (its text, answer and answered live), and the newest moderation event's time and staff.
const QString selectQuestion =
    u"SELECT q.id, q.webinar_id, COALESCE(q.registration_id, 0), q.version, r.full_name, q.text,"
    " q.asked_at, q.state, q.answer, a.display_name, w.organisation_id, COALESCE(r.user_id, 0), COALESCE(a.id, 0),"
    " (SELECT COUNT(DISTINCT v.registration_id) FROM question_votes v WHERE v.question_id IN"
    "  (SELECT q.id UNION ALL SELECT c.id FROM questions c WHERE c.merged_into = q.id)),"
    " q.answered_live, COALESCE(q.merged_into, 0), mi.text, mi.answer, mi.answered_live,"
    " me.at, COALESCE(me.staff_user_id, 0), mu.display_name"
    " FROM questions q JOIN webinars w ON w.id = q.webinar_id"
    " LEFT JOIN registrations r ON r.id = q.registration_id LEFT JOIN users a ON a.id = q.answered_by"
    " LEFT JOIN questions mi ON mi.id = q.merged_into"
    " LEFT JOIN question_moderation me ON me.id ="
    "  (SELECT MAX(e.id) FROM question_moderation e WHERE e.question_id = q.id)"
    " LEFT JOIN users mu ON mu.id = me.staff_user_id"_s;

// Opens a nullable sealed value: NULL stays "none".
Result<std::optional<QString>> openNullable(FieldCipher::Key key, const QVariant &value, const char *table,
                                            const char *column, qint64 id)
{
    if (value.isNull())
        return std::optional<QString> {};
    auto text = FieldCipher::open(key, value, table, column, id);
    if (!text)
        return std::unexpected(text.error());
    return std::optional<QString> {*text};
}

// A staff member's display name, sealed under their own key; none for id 0.
Result<std::optional<QString>> staffName(ReadKeys &keys, qint64 staff, const QVariant &sealed)
{
    if (staff <= 0)
        return std::optional<QString> {};
    auto key = keys.subject(staff);
    if (!key)
        return std::unexpected(key.error());
    return openNullable(*key, sealed, "users", "display_name", staff);
}

// The question this one was merged into (columns 15..18), under the same organisation key.
Result<std::optional<api::MergedInto>> mergedInto(FieldCipher::Key key, const QSqlQuery &q)
{
    const qint64 into = q.value(15).toLongLong();
    if (into <= 0)
        return std::optional<api::MergedInto> {};
    auto text = FieldCipher::open(key, q.value(16), "questions", "text", into);
    auto answer = openNullable(key, q.value(17), "questions", "answer", into);
    if (const auto error = firstError(text, answer))
        return std::unexpected(*error);
    return std::optional<api::MergedInto> {api::MergedInto {into, *text, *answer, q.value(18).toBool()}};
}

// The text, answer and asker's name under the organisation's key; the staff members' names under theirs. The keys
// come from `keys`: looked up once per read, not once per row.
Result<StoredQuestion> fromRow(const QSqlQuery &q, ReadKeys &keys)
{
    api::Question question;
    question.id = q.value(0).toLongLong();
    question.webinarId = q.value(1).toLongLong();
    question.registrationId = q.value(2).toLongLong();
    question.version = q.value(3).toLongLong();
    question.votes = q.value(13).toLongLong();
    auto key = keys.organisation(q.value(10).toLongLong());
    if (!key)
        return std::unexpected(key.error());
    auto asker = openNullable(*key, q.value(4), "registrations", "full_name", question.registrationId);
    auto text = FieldCipher::open(*key, q.value(5), "questions", "text", question.id);
    auto answer = openNullable(*key, q.value(8), "questions", "answer", question.id);
    auto answeredBy = staffName(keys, q.value(12).toLongLong(), q.value(9));
    auto moderatedBy = staffName(keys, q.value(20).toLongLong(), q.value(21));
    auto merged = mergedInto(*key, q);
    if (const auto error = firstError(asker, text, answer, answeredBy, moderatedBy, merged))
        return std::unexpected(*error);
    question.askerName = asker->value_or(QString());
    const auto stored = api::questionStateFromWire(q.value(7).toString()).value_or(api::QuestionState::New);
    question.question = api::QuestionFields {*text,
                                             fromDatabaseTime(q.value(6)),
                                             *merged ? api::QuestionState::Merged : stored,
                                             *answer,
                                             *answeredBy,
                                             q.value(14).toBool(),
                                             *moderatedBy,
                                             q.value(19).isNull() ? QDateTime() : fromDatabaseTime(q.value(19)),
                                             *merged};
    return StoredQuestion {question,
                           ObjectScope {question.webinarId, q.value(10).toLongLong(), q.value(11).toLongLong()}};
}

} // namespace

QuestionRepository::QuestionRepository(Database &database, FieldCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
    , m_votes(database, cipher)
    , m_merges(database)
{
}

Result<QList<StoredQuestion>> QuestionRepository::read(const QString &where, const QVariantList &values)
{
    auto rows = m_database.statements().exec(selectQuestion + u" WHERE "_s + where, values);
    if (!rows)
        return std::unexpected(rows.error());
    QList<StoredQuestion> list;
    ReadKeys keys(m_cipher);
    while ((*rows)->next()) {
        auto stored = fromRow(**rows, keys);
        if (!stored)
            return std::unexpected(stored.error());
        list.append(*stored);
    }
    return list;
}

Result<api::Page<api::Question>> QuestionRepository::list(qint64 webinarId, std::optional<api::QuestionState> state,
                                                          qint64 offset, qint64 limit, qint64 ownerUserId)
{
    QString where = u"q.webinar_id = ?"_s;
    QVariantList values {webinarId};
    if (ownerUserId > 0) {
        where += u" AND q.registration_id IN (SELECT id FROM registrations WHERE user_id = ?)"_s;
        values += ownerUserId;
    }
    if (state == api::QuestionState::Merged) {
        where += u" AND q.merged_into IS NOT NULL"_s;
    } else if (state) {
        where += u" AND q.state = ? AND q.merged_into IS NULL"_s;
        values += api::questionStateToWire(*state);
    }
    Transaction transaction(m_database);
    api::Page<api::Question> page {{}, 0, offset, limit};
    {
        auto counted = m_database.statements().exec(u"SELECT COUNT(*) FROM questions q WHERE "_s + where, values);
        if (!counted)
            return std::unexpected(counted.error());
        page.total = (*counted)->next() ? (*counted)->value(0).toLongLong() : 0;
    }
    values << limit << offset;
    auto rows = read(where + u" ORDER BY q.asked_at DESC, q.id DESC LIMIT ? OFFSET ?"_s, values);
    if (!rows)
        return std::unexpected(rows.error());
    for (const StoredQuestion &stored : std::as_const(*rows))
        page.items.append(stored.question);
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return page;
}

Result<std::optional<StoredQuestion>> QuestionRepository::find(qint64 id)
{
    auto rows = read(u"q.id = ?"_s, {id});
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<StoredQuestion> {} : std::optional<StoredQuestion> {rows->first()};
}

Result<QList<api::Question>> QuestionRepository::listOwn(qint64 userId)
{
    auto rows = read(u"r.user_id = ? ORDER BY q.asked_at DESC, q.id DESC"_s, {userId});
    if (!rows)
        return std::unexpected(rows.error());
    QList<api::Question> list;
    for (const StoredQuestion &stored : std::as_const(*rows))
        list.append(stored.question);
    return list;
}

// The SET clause of a change: the state, a sealed answer with who answered, answered live (state answered unless a
// state is given); what the moderation event records.
Result<QString> QuestionRepository::changeSets(qint64 id, const api::QuestionUpdate &change, qint64 staffUserId,
                                               QVariantList &values)
{
    QString sets = u"version = version + 1"_s;
    if (change.state) {
        sets += u", state = ?"_s;
        values += api::questionStateToWire(*change.state);
    }
    if (change.answer) {
        auto organisation = m_database.firstRow(
            u"SELECT w.organisation_id FROM questions q JOIN webinars w ON w.id = q.webinar_id WHERE q.id = ?"_s, {id});
        if (!organisation || !*organisation)
            return std::unexpected(organisation ? notFound() : organisation.error());
        auto key = m_cipher.organisationKey((*organisation)->at(0).toLongLong());
        if (!key)
            return std::unexpected(key.error());
        sets += u", answer = ?, answered_by = ?"_s;
        values << FieldCipher::seal(*key, *change.answer, "questions", "answer", id) << staffUserId;
    }
    if (change.answeredLive) {
        sets += u", answered_live = ?"_s;
        values += *change.answeredLive ? 1 : 0;
        if (*change.answeredLive && !change.answer)
            sets += u", answered_by = ?"_s, values += staffUserId;
    }
    if ((change.answer || change.answeredLive.value_or(false)) && !change.state)
        sets += u", state = 'answered'"_s;
    return sets;
}

Result<api::Question> QuestionRepository::update(qint64 id, const api::QuestionUpdate &change, qint64 staffUserId)
{
    Transaction transaction(m_database);
    QVariantList values;
    auto sets = changeSets(id, change, staffUserId, values);
    if (!sets)
        return std::unexpected(sets.error());
    values << id << change.version;
    auto updated = m_database.exec(
        u"UPDATE questions SET "_s + *sets + u" WHERE id = ? AND version = ? AND merged_into IS NULL"_s, values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The question was changed or merged in the meantime."_s));
    const QString action = change.answeredLive.value_or(false) ? u"answered_live"_s
        : change.answer                                        ? u"answered"_s
        : change.state                                         ? api::questionStateToWire(*change.state)
                                                               : u"changed"_s;
    if (auto noted = recordModeration(m_database, id, staffUserId, action); !noted)
        return std::unexpected(noted.error());
    auto stored = find(id);
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return (*stored)->question;
}

Result<qint64> QuestionRepository::insert(const NewQuestion &question)
{
    auto organisation =
        m_database.firstRow(u"SELECT organisation_id FROM webinars WHERE id = ?"_s, {question.webinarId});
    if (!organisation || !*organisation)
        return std::unexpected(organisation ? notFound() : organisation.error());
    auto key = m_cipher.organisationKey((*organisation)->at(0).toLongLong());
    auto id = m_database.reserveId(u"questions"_s);
    if (const auto error = firstError(key, id))
        return std::unexpected(*error);
    auto inserted = m_database.run(
        u"INSERT INTO questions (id, webinar_id, registration_id, text, state, asked_at, answer, answered_by,"
        " answered_live) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {*id, question.webinarId, question.registrationId,
         FieldCipher::seal(*key, question.text, "questions", "text", *id), api::questionStateToWire(question.state),
         toDatabaseTime(question.askedAt),
         question.answer ? QVariant(FieldCipher::seal(*key, *question.answer, "questions", "answer", *id))
                         : QVariant(QMetaType::fromType<QByteArray>()),
         question.answeredBy > 0 ? QVariant(question.answeredBy) : QVariant(QMetaType::fromType<qint64>()),
         question.answeredLive ? 1 : 0});
    if (!inserted)
        return std::unexpected(inserted.error());
    return id;
}

Result<qint64> QuestionRepository::create(qint64 webinarId, qint64 viewerUserId, const QString &text)
{
    Transaction transaction(m_database);
    if (!transaction.started())
        return std::unexpected(transaction.started().error());
    auto registration = m_database.firstRow(u"SELECT id FROM registrations WHERE webinar_id = ? AND user_id = ?"_s,
                                            {webinarId, viewerUserId});
    if (!registration)
        return std::unexpected(registration.error());
    if (!*registration)
        return std::unexpected(forbidden());
    auto id = insert(NewQuestion {webinarId, (*registration)->at(0).toLongLong(), text, api::QuestionState::New,
                                  QDateTime::currentDateTimeUtc(), std::nullopt, 0, false});
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace regiekamer::server
