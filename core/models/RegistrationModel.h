#pragma once

#include "models/RecordModel.h"
#include "models/RegistrationKeys.h"
#include "protocol/Registration.h"
#include "protocol/Rights.h"

namespace regiekamer::client {

// One registration with what searching and sorting need, computed once when it arrives.
struct RegistrationRow
{
    qint64 id = 0;
    qint64 version = 0;
    api::Registration data;
    QString searchKey; // lower-case name, e-mail and company (those present): the server's `search` fields
    QString nameKey; // lower-case full name

    static RegistrationRow from(api::Registration registration);
};

} // namespace regiekamer::client

// Every member (integers, QString, QDateTime, std::optional of those) may be moved with memcpy, so QList grows by
// realloc instead of moving each row: appending the page that crosses a capacity doubling no longer stalls the
// event loop (was ~200 ms at 52,000 rows in regiekamer-bench-desktop-filter).
Q_DECLARE_TYPEINFO(regiekamer::client::RegistrationRow, Q_RELOCATABLE_TYPE);

namespace regiekamer::client {

// The attendees of one webinar. It has a column only for the fields of the classes the signed-in role may read
// (rights::readableFields), so a moderator's model has no e-mail, phone or company column at all. Rows are kept
// by id (RecordModel) and arrive page by page; 100,000 rows are fine.
class RegistrationModel : public RecordModel<RegistrationRow>
{
    Q_OBJECT
public:
    enum class Field {
        FullName,
        Email,
        Phone,
        Company,
        JobTitle,
        RegisteredAt,
        Approval,
        JoinedAt,
        LeftAt,
        MinutesWatched,
        Present,
        ConsentRecording,
        ConsentMarketing,
        ConsentGivenAt,
        BanReason, // attendance: the reason of a ban from the room, empty when not banned (shown after Present)
    };
    Q_ENUM(Field)
    static constexpr int SortRole = Qt::UserRole + 1; // raw value
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int KeyRole = Qt::UserRole + 3; // header: the field's language-independent key ("email")

    explicit RegistrationModel(QObject *parent = nullptr);

    // Chooses the columns; resets the model.
    void setReadableFields(const QList<rights::FieldClass> &readable);
    void appendRegistrations(const QList<api::Registration> &registrations);
    void mergeRegistrations(const QList<api::Registration> &registrations);
    bool updateRegistration(const api::Registration &registration);
    // Replaces the registration's row, or adds it last; returns its row (a change event named it).
    int upsertRegistration(const api::Registration &registration);
    // The filter and sort keys of every row, kept up to date as rows arrive and change; a copy is a snapshot.
    const RegistrationKeys &keys() const;

    QList<Field> fields() const;
    Field fieldAt(int column) const;
    int columnOf(Field field) const; // -1: the role cannot read it
    static QString fieldKey(Field field); // the API's member name, e.g. "email"
    static rights::FieldClass fieldClass(Field field);
    static QString approvalDisplayName(api::ApprovalState state); // translated
    static QString fieldTitle(Field field); // translated: the column's header

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool sameRow(const RegistrationRow &current, const RegistrationRow &fresh) const override;

private:
    QVariant displayValue(const api::Registration &registration, Field field) const;
    static QVariant rawValue(const api::Registration &registration, Field field);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void forgetKeys();

    QList<Field> m_fields;
    mutable RegistrationKeys m_keys;
    mutable bool m_keysValid = true;
};

} // namespace regiekamer::client
