#pragma once

#include "models/AccessLogFilter.h"
#include "protocol/Webinar.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace regiekamer::ui {

// The filters above the access log: period (from, to), person, action, webinar, attendee (name, or "#" and a user id)
// and free text.
// Emits filterChanged on every change; typing in the search field is debounced (searchDelayMs).
class AccessLogFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int searchDelayMs = 300;

    explicit AccessLogFilterBar(QWidget *parent = nullptr);

    client::AccessLogFilter filter() const;
    // The people offered in the person filter: every actor seen in the entries shown so far.
    void addPeople(const QList<api::AuditEntry> &entries);
    void setWebinars(const QList<api::WebinarSummary> &webinars);
    // Entries about the entry's attendee: by name where the reader sees it, else by user id.
    void setAttendee(const api::AuditEntry &entry);

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectEdits();
    void retranslate();
    void fillActions();
    static qint64 selectedId(const QComboBox *combo);

    QCheckBox *m_fromCheck;
    QDateTimeEdit *m_from;
    QCheckBox *m_toCheck;
    QDateTimeEdit *m_to;
    QLabel *m_personLabel;
    QComboBox *m_person;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_webinarLabel;
    QComboBox *m_webinar;
    QLabel *m_attendeeLabel;
    QLineEdit *m_attendee;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QHash<qint64, QString> m_people;
};

} // namespace regiekamer::ui
