#include "QuestionRepository.h"

#include "ApiError.h"
#include "Database.h"
#include "RegistrationRepository.h"

namespace regiekamer::server {

using namespace Qt::StringLiterals;

namespace {

const QString selectQuestion =
    u"SELECT q.id, q.webinar_id, COALESCE(q.registration_id, 0), q.version, COALESCE(r.full_name, ''), q.text,"
    " q.asked_at, q.state, q.answer, a.display_name, w.organisation_id, COALESCE(r.user_id, 0)"
    " FROM questions q JOIN webinars w ON w.id = q.webinar_id"
    " LEFT JOIN registrations r ON r.id = q.registration_id LEFT JOIN users a ON a.id = q.answered_by"_s;

std::optional<QString> nullableText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

StoredQuestion fromRow(const QSqlQuery &q)
{
    api::Question question;
    question.id = q.value(0).toLongLong();
    question.webinarId = q.value(1).toLongLong();
    question.registrationId = q.value(2).toLongLong();
    question.version = q.value(3).toLongLong();
    question.askerName = q.value(4).toString();
    question.question =
        api::QuestionFields {q.value(5).toString(), fromDatabaseTime(q.value(6)),
                             api::questionStateFromWire(q.value(7).toString()).value_or(api::QuestionState::New),
                             nullableText(q.value(8)), nullableText(q.value(9))};
    return StoredQuestion {question,
                           ObjectScope {question.webinarId, q.value(10).toLongLong(), q.value(11).toLongLong()}};
}

} // namespace

QuestionRepository::QuestionRepository(Database &database)
    : m_database(database)
{
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
    if (state) {
        where += u" AND q.state = ?"_s;
        values += api::questionStateToWire(*state);
    }
    Transaction transaction(m_database);
    auto counted = m_database.exec(u"SELECT COUNT(*) FROM questions q WHERE "_s + where, values);
    if (!counted)
        return std::unexpected(counted.error());
    api::Page<api::Question> page {{}, counted->next() ? counted->value(0).toLongLong() : 0, offset, limit};
    values << limit << offset;
    auto rows = m_database.exec(selectQuestion + u" WHERE "_s + where +
                                    u" ORDER BY q.asked_at DESC, q.id DESC"
                                    " LIMIT ? OFFSET ?"_s,
                                values);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        page.items.append(fromRow(*rows).question);
    rows->finish();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return page;
}

Result<std::optional<StoredQuestion>> QuestionRepository::find(qint64 id)
{
    auto query = m_database.exec(selectQuestion + u" WHERE q.id = ?"_s, {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredQuestion> {};
    return std::optional<StoredQuestion> {fromRow(*query)};
}

Result<QList<api::Question>> QuestionRepository::listOwn(qint64 userId)
{
    auto query =
        m_database.exec(selectQuestion + u" WHERE r.user_id = ? ORDER BY q.asked_at DESC, q.id DESC"_s, {userId});
    if (!query)
        return std::unexpected(query.error());
    QList<api::Question> list;
    while (query->next())
        list.append(fromRow(*query).question);
    return list;
}

Result<api::Question> QuestionRepository::update(qint64 id, const api::QuestionUpdate &change, qint64 staffUserId)
{
    Transaction transaction(m_database);
    QString sets = u"version = version + 1"_s;
    QVariantList values;
    if (change.state) {
        sets += u", state = ?"_s;
        values += api::questionStateToWire(*change.state);
    }
    if (change.answer) {
        sets += u", answer = ?, answered_by = ?"_s;
        values << *change.answer << staffUserId;
        if (!change.state)
            sets += u", state = 'answered'"_s;
    }
    values << id << change.version;
    auto updated = m_database.exec(u"UPDATE questions SET "_s + sets + u" WHERE id = ? AND version = ?"_s, values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() != 1)
        return std::unexpected(conflict(u"The question was changed in the meantime."_s));
    auto stored = find(id);
    if (!stored || !*stored)
        return std::unexpected(stored ? notFound() : stored.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return (*stored)->question;
}

Result<qint64> QuestionRepository::create(qint64 webinarId, qint64 viewerUserId, const QString &text)
{
    Transaction transaction(m_database);
    auto inserted = m_database.exec(
        u"INSERT INTO questions (webinar_id, registration_id, text, state, asked_at)"
        " SELECT r.webinar_id, r.id, ?, 'new', ? FROM registrations r WHERE r.webinar_id = ? AND r.user_id = ?"_s,
        {text, toDatabaseTime(QDateTime::currentDateTimeUtc()), webinarId, viewerUserId});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (inserted->numRowsAffected() != 1)
        return std::unexpected(forbidden());
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return id;
}

} // namespace regiekamer::server
