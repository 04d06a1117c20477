#include "storage/RegistrationJson.h"

#include "protocol/Registration.h"

#include <openssl/crypto.h>

namespace regiekamer::server::registrationRows {

using namespace Qt::StringLiterals;
using rights::FieldClass;

namespace {

const QString columns =
    u"SELECT r.id, r.webinar_id, r.version, r.full_name, r.email, r.phone, r.company, r.job_title, r.registered_at,"
    " r.approval_state, r.joined_at, r.left_at, r.minutes_watched, r.consent_recording, r.consent_marketing,"
    " r.consent_at, COALESCE(r.user_id, 0), w.organisation_id,"
    " CASE WHEN r.approval_state = 'waitlisted' THEN (SELECT COUNT(*) + 1 FROM registrations o"
    " WHERE o.webinar_id = r.webinar_id AND o.approval_state = 'waitlisted'"
    " AND (o.registered_at < r.registered_at OR (o.registered_at = r.registered_at AND o.id < r.id))) ELSE 0 END,"
    " b.reason, b.banned_at"_s;
const QString joins =
    u" JOIN webinars w ON w.id = r.webinar_id LEFT JOIN attendee_bans b ON b.registration_id = r.id"_s;

} // namespace

const QString &select()
{
    static const QString sql = columns + u" FROM registrations r"_s + joins;
    return sql;
}

const QString &selectInOrder()
{
    static const QString sql =
        columns + u" FROM json_each(?) p JOIN registrations r ON r.id = p.value"_s + joins + u" ORDER BY p.key"_s;
    return sql;
}

QString idArray(const QList<qint64> &ids)
{
    QString array = u"["_s;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += u',';
        array += QString::number(ids.at(i));
    }
    return array + u']';
}

ObjectScope scopeOf(const QSqlQuery &row)
{
    return ObjectScope {row.value(webinarId).toLongLong(), row.value(organisationId).toLongLong(),
                        row.value(userId).toLongLong()};
}

namespace {

// One row being written: its sealed fields opened on demand under the organisation's key.
class RowWriter
{
public:
    RowWriter(const QSqlQuery &row, FieldCipher::Key key, json::Writer &out)
        : m_row(row)
        , m_key(std::move(key))
        , m_id(row.value(Column::id).toLongLong())
        , m_out(out)
    {
    }

    // The field decrypted into the output, its plaintext wiped.
    Status sealed(QLatin1StringView name, int column, const char *table, const char *field)
    {
        auto plain = FieldCipher::openBytes(m_key, m_row.value(column), FieldCipher::context(table, field, m_id));
        if (!plain)
            return std::unexpected(plain.error());
        m_out.key(name);
        m_out.utf8(*plain);
        OPENSSL_cleanse(plain->data(), static_cast<size_t>(plain->size()));
        return {};
    }
    void time(QLatin1StringView name, int column, bool nullable)
    {
        m_out.key(name);
        const QVariant value = m_row.value(column);
        if (nullable && value.isNull())
            m_out.null();
        else
            m_out.storedTime(value.toString(), nullable);
    }
    void integer(QLatin1StringView name, int column)
    {
        m_out.key(name);
        m_out.integer(m_row.value(column).toLongLong());
    }
    void boolean(QLatin1StringView name, bool value)
    {
        m_out.key(name);
        m_out.boolean(value);
    }
    // Valid and not null: what AttendanceFields' joinedAt/leftAt hold as a valid time.
    bool validTime(int column) const
    {
        const QVariant value = m_row.value(column);
        if (value.isNull())
            return false;
        const QString text = value.toString();
        return json::Writer::isCanonicalTime(text) || QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    qint64 id() const { return m_id; }
    const QSqlQuery &row() const { return m_row; }
    json::Writer &out() { return m_out; }

private:
    const QSqlQuery &m_row;
    FieldCipher::Key m_key;
    qint64 m_id;
    json::Writer &m_out;
};

// The members in QJsonObject's order (sorted by key), each class only when readable.
struct Classes
{
    bool identity, contact, profile, registration, attendance, consent;
};

Status writeAttendance(RowWriter &w, bool banned)
{
    if (banned) {
        if (auto reason = w.sealed("banReason"_L1, banReason, "attendee_bans", "reason"); !reason)
            return reason;
    } else {
        w.out().key("banReason"_L1);
        w.out().null();
    }
    w.boolean("banned"_L1, banned);
    if (banned)
        w.time("bannedAt"_L1, bannedAt, true);
    else {
        w.out().key("bannedAt"_L1);
        w.out().null();
    }
    return {};
}

Status writeMembers(RowWriter &w, const Classes &c)
{
    const QSqlQuery &row = w.row();
    if (c.registration) {
        w.out().key("approvalState"_L1);
        w.out().string(api::approvalStateToWire(
            api::approvalStateFromWire(row.value(approvalState).toString()).value_or(api::ApprovalState::Pending)));
    }
    if (c.attendance) {
        if (auto ban = writeAttendance(w, !row.value(bannedAt).isNull()); !ban)
            return ban;
    }
    if (c.profile) {
        if (auto written = w.sealed("company"_L1, company, "registrations", "company"); !written)
            return written;
    }
    if (c.consent) {
        w.out().key("consent"_L1);
        w.out().beginObject();
        w.time("givenAt"_L1, consentAt, true);
        w.boolean("marketing"_L1, row.value(consentMarketing).toBool());
        w.boolean("recording"_L1, row.value(consentRecording).toBool());
        w.out().endObject();
    }
    if (c.contact) {
        if (auto written = w.sealed("email"_L1, email, "registrations", "email"); !written)
            return written;
    }
    if (c.identity) {
        if (auto written = w.sealed("fullName"_L1, fullName, "registrations", "full_name"); !written)
            return written;
    }
    w.integer("id"_L1, id);
    if (c.profile) {
        if (auto written = w.sealed("jobTitle"_L1, jobTitle, "registrations", "job_title"); !written)
            return written;
    }
    if (c.attendance) {
        w.time("joinedAt"_L1, joinedAt, true);
        w.time("leftAt"_L1, leftAt, true);
        w.integer("minutesWatched"_L1, minutesWatched);
    }
    if (c.contact) {
        if (auto written = w.sealed("phone"_L1, phone, "registrations", "phone"); !written)
            return written;
    }
    if (c.attendance)
        w.boolean("present"_L1, w.validTime(joinedAt) && !w.validTime(leftAt));
    if (c.registration)
        w.time("registeredAt"_L1, registeredAt, false);
    w.integer("version"_L1, version);
    if (c.registration)
        w.integer("waitlistPosition"_L1, waitlistPosition);
    w.integer("webinarId"_L1, webinarId);
    return {};
}

} // namespace

Status writeJson(const QSqlQuery &row, ReadKeys &keys, const QList<FieldClass> &readable, json::Writer &out)
{
    const auto has = [&](FieldClass field) { return readable.contains(field); };
    const Classes classes {has(FieldClass::Identity),     has(FieldClass::Contact),    has(FieldClass::Profile),
                           has(FieldClass::Registration), has(FieldClass::Attendance), has(FieldClass::Consent)};
    // Only a class with a sealed field needs the key: a page without them is written without decrypting anything.
    const bool sealedFields =
        classes.identity || classes.contact || classes.profile || (classes.attendance && !row.value(bannedAt).isNull());
    FieldCipher::Key key;
    if (sealedFields) {
        auto found = keys.organisation(row.value(organisationId).toLongLong());
        if (!found)
            return std::unexpected(found.error());
        key = *found;
    }
    RowWriter writer(row, key, out);
    out.beginObject();
    if (auto written = writeMembers(writer, classes); !written)
        return written;
    out.endObject();
    return {};
}

} // namespace regiekamer::server::registrationRows
