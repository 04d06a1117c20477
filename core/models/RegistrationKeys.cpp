#include "models/RegistrationKeys.h"

#include "models/RegistrationModel.h"

#include <atomic>

namespace regiekamer::client {
namespace {

using Field = RegistrationModel::Field;

const QString &noText()
{
    static const QString none;
    return none;
}

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

const QString &RegistrationKey::text(const api::Registration &r, int field)
{
    switch (static_cast<Field>(field)) {
    case Field::FullName:
        return r.fullName ? *r.fullName : noText();
    case Field::Email:
        return r.contact ? r.contact->email : noText();
    case Field::Phone:
        return r.contact ? r.contact->phone : noText();
    case Field::Company:
        return r.profile ? r.profile->company : noText();
    case Field::JobTitle:
        return r.profile ? r.profile->jobTitle : noText();
    default:
        return noText();
    }
}

qint64 RegistrationKey::number(const api::Registration &r, int field)
{
    switch (static_cast<Field>(field)) {
    case Field::RegisteredAt:
        return r.registration ? msecs(r.registration->registeredAt) : 0;
    case Field::Approval:
        return r.registration ? static_cast<qint64>(r.registration->approvalState) : -1;
    case Field::JoinedAt:
        return r.attendance ? msecs(r.attendance->joinedAt) : 0;
    case Field::LeftAt:
        return r.attendance ? msecs(r.attendance->leftAt) : 0;
    case Field::MinutesWatched:
        return r.attendance ? r.attendance->minutesWatched : -1;
    case Field::Present:
        return r.attendance ? static_cast<qint64>(r.attendance->present) : -1;
    case Field::ConsentRecording:
        return r.consent ? static_cast<qint64>(r.consent->recording) : -1;
    case Field::ConsentMarketing:
        return r.consent ? static_cast<qint64>(r.consent->marketing) : -1;
    case Field::ConsentGivenAt:
        return r.consent ? msecs(r.consent->givenAt) : 0;
    default:
        return 0;
    }
}

RegistrationKey RegistrationKey::from(const RegistrationRow &row)
{
    RegistrationKey key;
    key.search = row.searchKey;
    if (row.data.registration)
        key.approval = static_cast<qint8>(row.data.registration->approvalState);
    if (row.data.attendance)
        key.present = row.data.attendance->present ? 1 : 0;
    for (int field = 0; field < textFields; ++field)
        key.texts[static_cast<size_t>(field)] = text(row.data, field);
    for (int field = 0; field < numberFields; ++field)
        key.numbers[static_cast<size_t>(field)] = number(row.data, textFields + field);
    return key;
}

std::shared_ptr<std::vector<RegistrationKey>> RegistrationKeys::writable(size_t chunk)
{
    std::shared_ptr<const Chunk> &at = m_chunks[chunk];
    if (at.use_count() == 1) {
        // Nobody else holds it (only this thread makes snapshots): no snapshot can see the change. The fence
        // pairs with the release of the last worker's reference.
        std::atomic_thread_fence(std::memory_order_acquire);
        return std::const_pointer_cast<Chunk>(at);
    }
    auto copy = std::make_shared<Chunk>(*at);
    at = copy;
    return copy;
}

void RegistrationKeys::append(const RegistrationRow &row)
{
    if ((m_size & chunkMask) == 0) {
        auto chunk = std::make_shared<Chunk>();
        chunk->reserve(chunkMask + 1);
        m_chunks.push_back(std::move(chunk));
    }
    writable(m_chunks.size() - 1)->push_back(RegistrationKey::from(row));
    ++m_size;
}

void RegistrationKeys::update(size_t row, const RegistrationRow &value)
{
    if (row < m_size)
        (*writable(row >> chunkBits))[row & chunkMask] = RegistrationKey::from(value);
}

void RegistrationKeys::clear()
{
    m_chunks.clear();
    m_size = 0;
}

} // namespace regiekamer::client
