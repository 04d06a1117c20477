#include "cache/RegistrationCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>

#include <limits>

namespace regiekamer::client::registrationcodec {
namespace {

constexpr quint8 formatVersion = 1;
constexpr qint64 noTime = std::numeric_limits<qint64>::min();

enum Part : quint8 {
    FullName = 1,
    Contact = 2,
    Profile = 4,
    Registration = 8,
    Attendance = 16,
    Consent = 32,
};

void writeTime(QDataStream &out, const QDateTime &time)
{
    out << (time.isValid() ? time.toMSecsSinceEpoch() : noTime);
}

QDateTime readTime(QDataStream &in)
{
    qint64 ms = 0;
    in >> ms;
    return ms == noTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

void write(QDataStream &out, const api::Registration &r)
{
    const quint8 parts = (r.fullName ? FullName : 0) | (r.contact ? Contact : 0) | (r.profile ? Profile : 0) |
        (r.registration ? Registration : 0) | (r.attendance ? Attendance : 0) | (r.consent ? Consent : 0);
    out << r.id << r.webinarId << r.version << parts;
    if (r.fullName)
        out << *r.fullName;
    if (r.contact)
        out << r.contact->email << r.contact->phone;
    if (r.profile)
        out << r.profile->company << r.profile->jobTitle;
    if (r.registration) {
        writeTime(out, r.registration->registeredAt);
        out << static_cast<quint8>(r.registration->approvalState);
        if (r.registration->approvalState == api::ApprovalState::Waitlisted) // records before it never wait
            out << r.registration->waitlistPosition;
    }
    if (r.attendance) {
        writeTime(out, r.attendance->joinedAt);
        writeTime(out, r.attendance->leftAt);
        out << r.attendance->minutesWatched << r.attendance->present;
    }
    if (r.consent) {
        out << r.consent->recording << r.consent->marketing;
        writeTime(out, r.consent->givenAt);
    }
}

bool read(QDataStream &in, api::Registration &r)
{
    quint8 parts = 0;
    in >> r.id >> r.webinarId >> r.version >> parts;
    if (parts & FullName)
        in >> r.fullName.emplace();
    if (parts & Contact) {
        auto &contact = r.contact.emplace();
        in >> contact.email >> contact.phone;
    }
    if (parts & Profile) {
        auto &profile = r.profile.emplace();
        in >> profile.company >> profile.jobTitle;
    }
    if (parts & Registration) {
        auto &registration = r.registration.emplace();
        registration.registeredAt = readTime(in);
        quint8 approval = 0;
        in >> approval;
        if (approval > static_cast<quint8>(api::ApprovalState::Waitlisted))
            return false;
        registration.approvalState = static_cast<api::ApprovalState>(approval);
        if (registration.approvalState == api::ApprovalState::Waitlisted)
            in >> registration.waitlistPosition;
    }
    if (parts & Attendance) {
        auto &attendance = r.attendance.emplace();
        attendance.joinedAt = readTime(in);
        attendance.leftAt = readTime(in);
        in >> attendance.minutesWatched >> attendance.present;
    }
    if (parts & Consent) {
        auto &consent = r.consent.emplace();
        in >> consent.recording >> consent.marketing;
        consent.givenAt = readTime(in);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray encode(const QList<api::Registration> &items, qsizetype from, qsizetype count, const QDateTime &receivedAt)
{
    const qsizetype end = std::min(items.size(), from + count);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_8);
    out << formatVersion;
    writeTime(out, receivedAt);
    out << static_cast<quint32>(std::max<qsizetype>(0, end - from));
    for (qsizetype i = from; i < end; ++i)
        write(out, items.at(i));
    return bytes;
}

std::optional<Decoded> decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_8);
    quint8 version = 0;
    in >> version;
    if (version != formatVersion)
        return std::nullopt;
    Decoded decoded;
    decoded.receivedAt = readTime(in);
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > static_cast<quint32>(bytes.size()))
        return std::nullopt;
    decoded.items.resize(count);
    for (api::Registration &r : decoded.items) {
        if (!read(in, r))
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;
    return decoded;
}

} // namespace regiekamer::client::registrationcodec
