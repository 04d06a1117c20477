#include "models/RegistrationModel.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace regiekamer::client {
namespace {

using Field = RegistrationModel::Field;
using rights::FieldClass;

constexpr std::array allFields {Field::FullName,
                                Field::Email,
                                Field::Phone,
                                Field::Company,
                                Field::JobTitle,
                                Field::RegisteredAt,
                                Field::Approval,
                                Field::JoinedAt,
                                Field::LeftAt,
                                Field::MinutesWatched,
                                Field::Present,
                                Field::BanReason,
                                Field::ConsentRecording,
                                Field::ConsentMarketing,
                                Field::ConsentGivenAt};

QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

QString shortTime(const QDateTime &value)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

RegistrationRow RegistrationRow::from(api::Registration registration)
{
    RegistrationRow row;
    row.id = registration.id;
    row.version = registration.version;
    if (registration.fullName)
        row.nameKey = registration.fullName->toLower();
    row.searchKey = row.nameKey;
    if (registration.contact)
        row.searchKey += u'\n' + registration.contact->email.toLower();
    if (registration.profile)
        row.searchKey += u'\n' + registration.profile->company.toLower();
    row.data = std::move(registration);
    return row;
}

RegistrationModel::RegistrationModel(QObject *parent)
    : RecordModel<RegistrationRow>(parent)
{
    retranslateOnLanguageChange({Qt::DisplayRole});
    // Connected first, so the keys are up to date when a proxy hears of the change.
    connect(this, &QAbstractItemModel::rowsInserted, this, &RegistrationModel::onRowsInserted);
    connect(this, &QAbstractItemModel::dataChanged, this, &RegistrationModel::onDataChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &RegistrationModel::forgetKeys);
    connect(this, &QAbstractItemModel::modelReset, this, &RegistrationModel::forgetKeys);
    connect(this, &QAbstractItemModel::layoutChanged, this, &RegistrationModel::forgetKeys);
}

const RegistrationKeys &RegistrationModel::keys() const
{
    if (!m_keysValid) {
        m_keys.clear();
        for (const RegistrationRow &row : rows())
            m_keys.append(row);
        m_keysValid = true;
    }
    return m_keys;
}

void RegistrationModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_keysValid)
        return;
    if (static_cast<size_t>(first) != m_keys.size())
        return forgetKeys();
    for (int row = first; row <= last; ++row)
        m_keys.append(rowAt(row));
}

void RegistrationModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (!m_keysValid || topLeft.parent().isValid() || (!roles.isEmpty() && !roles.contains(SortRole)))
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_keys.update(static_cast<size_t>(row), rowAt(row));
}

// Rebuilt when next asked for (after removals or a reset, both rare).
void RegistrationModel::forgetKeys()
{
    m_keysValid = false;
    m_keys.clear();
}

void RegistrationModel::setReadableFields(const QList<rights::FieldClass> &readable)
{
    beginResetModel();
    m_fields.clear();
    for (Field field : allFields) {
        if (readable.contains(fieldClass(field)))
            m_fields.append(field);
    }
    endResetModel();
}

void RegistrationModel::appendRegistrations(const QList<api::Registration> &registrations)
{
    QList<RegistrationRow> rows;
    rows.reserve(registrations.size());
    for (const api::Registration &registration : registrations)
        rows.append(RegistrationRow::from(registration));
    appendRows(std::move(rows));
}

void RegistrationModel::mergeRegistrations(const QList<api::Registration> &registrations)
{
    QList<RegistrationRow> rows;
    rows.reserve(registrations.size());
    for (const api::Registration &registration : registrations)
        rows.append(RegistrationRow::from(registration));
    mergeRows(std::move(rows));
}

bool RegistrationModel::updateRegistration(const api::Registration &registration)
{
    return updateRow(RegistrationRow::from(registration));
}

int RegistrationModel::upsertRegistration(const api::Registration &registration)
{
    return upsertRow(RegistrationRow::from(registration));
}

bool RegistrationModel::sameRow(const RegistrationRow &current, const RegistrationRow &fresh) const
{
    // Attendance changes while a webinar runs without a new version: compare it too.
    const auto &a = current.data.attendance;
    const auto &b = fresh.data.attendance;
    const bool sameAttendance = a.has_value() == b.has_value() &&
        (!a ||
         (a->present == b->present && a->minutesWatched == b->minutesWatched && a->leftAt == b->leftAt &&
          a->joinedAt == b->joinedAt && a->banned == b->banned && a->banReason == b->banReason));
    return current.version == fresh.version && sameAttendance;
}

QList<RegistrationModel::Field> RegistrationModel::fields() const
{
    return m_fields;
}

RegistrationModel::Field RegistrationModel::fieldAt(int column) const
{
    return m_fields.at(column);
}

int RegistrationModel::columnOf(Field field) const
{
    return static_cast<int>(m_fields.indexOf(field));
}

rights::FieldClass RegistrationModel::fieldClass(Field field)
{
    switch (field) {
    case Field::FullName:
        return FieldClass::Identity;
    case Field::Email:
    case Field::Phone:
        return FieldClass::Contact;
    case Field::Company:
    case Field::JobTitle:
        return FieldClass::Profile;
    case Field::RegisteredAt:
    case Field::Approval:
        return FieldClass::Registration;
    case Field::JoinedAt:
    case Field::LeftAt:
    case Field::MinutesWatched:
    case Field::Present:
    case Field::BanReason:
        return FieldClass::Attendance;
    case Field::ConsentRecording:
    case Field::ConsentMarketing:
    case Field::ConsentGivenAt:
        break;
    }
    return FieldClass::Consent;
}

QString RegistrationModel::fieldKey(Field field)
{
    switch (field) {
    case Field::FullName:
        return u"fullName"_s;
    case Field::Email:
        return u"email"_s;
    case Field::Phone:
        return u"phone"_s;
    case Field::Company:
        return u"company"_s;
    case Field::JobTitle:
        return u"jobTitle"_s;
    case Field::RegisteredAt:
        return u"registeredAt"_s;
    case Field::Approval:
        return u"approvalState"_s;
    case Field::JoinedAt:
        return u"joinedAt"_s;
    case Field::LeftAt:
        return u"leftAt"_s;
    case Field::MinutesWatched:
        return u"minutesWatched"_s;
    case Field::Present:
        return u"present"_s;
    case Field::BanReason:
        return u"banReason"_s;
    case Field::ConsentRecording:
        return u"consent.recording"_s;
    case Field::ConsentMarketing:
        return u"consent.marketing"_s;
    case Field::ConsentGivenAt:
        break;
    }
    return u"consent.givenAt"_s;
}

QString RegistrationModel::approvalDisplayName(api::ApprovalState state)
{
    switch (state) {
    case api::ApprovalState::Pending:
        return tr("Pending");
    case api::ApprovalState::Approved:
        return tr("Approved");
    case api::ApprovalState::Waitlisted:
        return tr("Waiting list");
    case api::ApprovalState::Rejected:
        break;
    }
    return tr("Rejected");
}

int RegistrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

QVariant RegistrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::Registration &registration = rowAt(index.row()).data;
    const Field field = m_fields.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(registration, field);
    case SortRole:
        return rawValue(registration, field);
    case IdRole:
        return registration.id;
    case Qt::TextAlignmentRole:
        if (field == Field::MinutesWatched)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RegistrationModel::rawValue(const api::Registration &r, Field field)
{
    switch (field) {
    case Field::FullName:
        return r.fullName.value_or(QString());
    case Field::Email:
        return r.contact ? r.contact->email : QVariant();
    case Field::Phone:
        return r.contact ? r.contact->phone : QVariant();
    case Field::Company:
        return r.profile ? r.profile->company : QVariant();
    case Field::JobTitle:
        return r.profile ? r.profile->jobTitle : QVariant();
    case Field::RegisteredAt:
        return r.registration ? time(r.registration->registeredAt) : QVariant();
    case Field::Approval:
        return r.registration ? QVariant(static_cast<int>(r.registration->approvalState)) : QVariant();
    case Field::JoinedAt:
        return r.attendance ? time(r.attendance->joinedAt) : QVariant();
    case Field::LeftAt:
        return r.attendance ? time(r.attendance->leftAt) : QVariant();
    case Field::MinutesWatched:
        return r.attendance ? QVariant(r.attendance->minutesWatched) : QVariant();
    case Field::Present:
        return r.attendance ? QVariant(r.attendance->present) : QVariant();
    case Field::BanReason:
        return r.attendance ? QVariant(r.attendance->banned ? r.attendance->banReason : QString()) : QVariant();
    case Field::ConsentRecording:
        return r.consent ? QVariant(r.consent->recording) : QVariant();
    case Field::ConsentMarketing:
        return r.consent ? QVariant(r.consent->marketing) : QVariant();
    case Field::ConsentGivenAt:
        break;
    }
    return r.consent ? time(r.consent->givenAt) : QVariant();
}

QVariant RegistrationModel::displayValue(const api::Registration &r, Field field) const
{
    QVariant raw = rawValue(r, field);
    if (!raw.isValid())
        return {};
    switch (field) {
    case Field::Approval:
        if (r.registration->approvalState == api::ApprovalState::Waitlisted && r.registration->waitlistPosition > 0)
            //: %1 is "Waiting list", %2 the place on it (1 is first)
            return tr("%1 (%2)")
                .arg(approvalDisplayName(r.registration->approvalState))
                .arg(r.registration->waitlistPosition);
        return approvalDisplayName(r.registration->approvalState);
    case Field::Present:
    case Field::ConsentRecording:
    case Field::ConsentMarketing:
        return raw.toBool() ? tr("Yes") : tr("No");
    case Field::RegisteredAt:
    case Field::JoinedAt:
    case Field::LeftAt:
    case Field::ConsentGivenAt:
        return shortTime(raw.toDateTime());
    default:
        return raw;
    }
}

QVariant RegistrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return RecordModel::headerData(section, orientation, role);
    if (role == KeyRole)
        return fieldKey(m_fields.at(section));
    if (role == Qt::DisplayRole)
        return fieldTitle(m_fields.at(section));
    return {};
}

QString RegistrationModel::fieldTitle(Field field)
{
    switch (field) {
    case Field::FullName:
        return tr("Name");
    case Field::Email:
        return tr("E-mail");
    case Field::Phone:
        return tr("Phone");
    case Field::Company:
        return tr("Company");
    case Field::JobTitle:
        return tr("Job title");
    case Field::RegisteredAt:
        return tr("Registered at");
    case Field::Approval:
        return tr("Approval");
    case Field::JoinedAt:
        return tr("Joined");
    case Field::LeftAt:
        return tr("Left");
    case Field::MinutesWatched:
        return tr("Minutes watched");
    case Field::Present:
        return tr("Present");
    case Field::BanReason:
        return tr("Banned because");
    case Field::ConsentRecording:
        return tr("Consent to recording");
    case Field::ConsentMarketing:
        return tr("Consent to marketing");
    case Field::ConsentGivenAt:
        break;
    }
    return tr("Consent given at");
}

} // namespace regiekamer::client
