#pragma once

#include "protocol/Registration.h"

#include <QString>

#include <array>
#include <memory>
#include <vector>

namespace regiekamer::client {

struct RegistrationRow;

// What filtering and sorting read of one row, copied when the row arrives or changes (the strings are shared, not
// copied), so a worker thread can filter and sort a snapshot while the model goes on changing.
struct RegistrationKey
{
    static constexpr int textFields = 5; // RegistrationModel::Field::FullName … JobTitle
    static constexpr int numberFields = 9; // RegistrationModel::Field::RegisteredAt … ConsentGivenAt

    QString search; // RegistrationRow::searchKey
    std::array<QString, textFields> texts; // empty: the role cannot read the field
    std::array<qint64, numberFields> numbers {}; // -1 or 0 (times): the role cannot read the field
    qint8 approval = -1; // -1: no registration part
    qint8 present = -1; // -1: no attendance part

    static RegistrationKey from(const RegistrationRow &row);
    // The value of a field (RegistrationModel::Field as a number) of a registration, as filtering and sorting read
    // it: text fields (below textFields) give their text, empty when the row lacks the field's class; the others
    // a number, 0 (times) or -1 when it lacks the class, so such rows sort first.
    static const QString &text(const api::Registration &registration, int field);
    static qint64 number(const api::Registration &registration, int field);
};

// The keys of every row in immutable chunks: a copy is a snapshot that costs a few pointers, and appending or
// changing a row copies at most one chunk (only while a snapshot still holds it).
class RegistrationKeys
{
public:
    const RegistrationKey &operator[](size_t row) const { return (*m_chunks[row >> chunkBits])[row & chunkMask]; }
    size_t size() const { return m_size; }
    void append(const RegistrationRow &row);
    void update(size_t row, const RegistrationRow &value);
    void clear();

private:
    static constexpr size_t chunkBits = 10;
    static constexpr size_t chunkMask = (size_t {1} << chunkBits) - 1;
    using Chunk = std::vector<RegistrationKey>;
    std::shared_ptr<Chunk> writable(size_t chunk);

    std::vector<std::shared_ptr<const Chunk>> m_chunks;
    size_t m_size = 0;
};

} // namespace regiekamer::client
