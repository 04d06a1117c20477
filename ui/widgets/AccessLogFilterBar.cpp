#include "widgets/AccessLogFilterBar.h"

#include "models/AccessLogLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

AccessLogFilterBar::AccessLogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_fromCheck(new QCheckBox(this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_toCheck(new QCheckBox(this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_personLabel(new QLabel(this))
    , m_person(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_webinarLabel(new QLabel(this))
    , m_webinar(new QComboBox(this))
    , m_attendeeLabel(new QLabel(this))
    , m_attendee(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"accessLogFilters"_s);
    m_fromCheck->setObjectName(u"fromCheck"_s);
    m_from->setObjectName(u"fromEdit"_s);
    m_toCheck->setObjectName(u"toCheck"_s);
    m_to->setObjectName(u"toEdit"_s);
    m_person->setObjectName(u"personFilter"_s);
    m_action->setObjectName(u"actionFilter"_s);
    m_webinar->setObjectName(u"webinarFilter"_s);
    m_attendee->setObjectName(u"attendeeFilter"_s);
    m_search->setObjectName(u"accessSearchEdit"_s);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_person->addItem(QString(), qint64(0));
    m_webinar->addItem(QString(), qint64(0));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_webinar->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_attendee->setClearButtonEnabled(true);
    m_attendee->setMinimumWidth(160);
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    fillActions();
    buildLayout();
    connectEdits();
    retranslate();
}

void AccessLogFilterBar::buildLayout()
{
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromCheck);
    period->addWidget(m_from);
    period->addWidget(m_toCheck);
    period->addWidget(m_to);
    period->addWidget(m_attendeeLabel);
    period->addWidget(m_attendee);
    period->addWidget(m_search, 1);
    auto *choices = new QHBoxLayout;
    for (auto [label, combo] : {std::pair(m_personLabel, m_person), std::pair(m_actionLabel, m_action),
                                std::pair(m_webinarLabel, m_webinar)}) {
        label->setBuddy(combo);
        choices->addWidget(label);
        choices->addWidget(combo);
    }
    choices->addStretch(1);
    m_attendeeLabel->setBuddy(m_attendee);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(period);
    layout->addLayout(choices);
}

void AccessLogFilterBar::connectEdits()
{
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &AccessLogFilterBar::filterChanged);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AccessLogFilterBar::filterChanged);
    for (QComboBox *combo : {m_person, m_action, m_webinar})
        connect(combo, &QComboBox::currentIndexChanged, this, &AccessLogFilterBar::filterChanged);
    connect(m_attendee, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &AccessLogFilterBar::filterChanged);
}

client::AccessLogFilter AccessLogFilterBar::filter() const
{
    client::AccessLogFilter filter;
    if (m_fromCheck->isChecked())
        filter.from = m_from->dateTime();
    if (m_toCheck->isChecked())
        filter.to = m_to->dateTime();
    filter.actorId = selectedId(m_person);
    filter.action = m_action->currentData().toString();
    filter.webinarId = selectedId(m_webinar);
    filter.setAttendee(m_attendee->text());
    filter.text = m_search->text().trimmed();
    return filter;
}

qint64 AccessLogFilterBar::selectedId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

void AccessLogFilterBar::addPeople(const QList<api::AuditEntry> &entries)
{
    for (const api::AuditEntry &entry : entries) {
        if (entry.actorId <= 0 || m_people.contains(entry.actorId))
            continue;
        m_people.insert(entry.actorId, entry.actorName);
        int at = 1;
        while (at < m_person->count() && m_person->itemText(at).localeAwareCompare(entry.actorName) < 0)
            ++at;
        const QSignalBlocker quiet(m_person); // the selection stays the same person
        m_person->insertItem(at, entry.actorName, entry.actorId);
    }
}

void AccessLogFilterBar::setWebinars(const QList<api::WebinarSummary> &webinars)
{
    const qint64 selected = selectedId(m_webinar);
    const QSignalBlocker quiet(m_webinar);
    while (m_webinar->count() > 1)
        m_webinar->removeItem(1);
    for (const api::WebinarSummary &webinar : webinars)
        m_webinar->addItem(webinar.title, webinar.id);
    const int index = m_webinar->findData(selected);
    m_webinar->setCurrentIndex(std::max(0, index));
    if (index < 0 && selected != 0)
        Q_EMIT filterChanged(); // the filtered webinar is gone
}

void AccessLogFilterBar::setAttendee(const api::AuditEntry &entry)
{
    if (!entry.names.subject.isEmpty())
        m_attendee->setText(entry.names.subject);
    else
        m_attendee->setText(entry.subjectUserId > 0 ? u"#%1"_s.arg(entry.subjectUserId) : QString());
}

void AccessLogFilterBar::fillActions()
{
    m_action->addItem(QString(), QString());
    for (const QString &action : client::AccessLogLabels::actions())
        m_action->addItem(client::AccessLogLabels::actionName(action), action);
}

void AccessLogFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccessLogFilterBar::retranslate()
{
    m_fromCheck->setText(tr("From"));
    m_toCheck->setText(tr("To"));
    m_personLabel->setText(tr("&Person:"));
    m_actionLabel->setText(tr("&Action:"));
    m_webinarLabel->setText(tr("&Webinar:"));
    m_attendeeLabel->setText(tr("Atte&ndee:"));
    m_attendee->setPlaceholderText(tr("name or #user id"));
    m_attendee->setAccessibleName(tr("Attendee's name"));
    m_search->setPlaceholderText(tr("Search the access log …"));
    m_search->setAccessibleName(tr("Search the access log"));
    m_from->setAccessibleName(tr("Entries from"));
    m_to->setAccessibleName(tr("Entries up to"));
    for (QDateTimeEdit *edit : {m_from, m_to}) { // the interface language's date order, also after a switch
        edit->setLocale(QLocale());
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_person->setItemText(0, tr("Everyone"));
    m_action->setItemText(0, tr("All actions"));
    m_webinar->setItemText(0, tr("All webinars"));
    for (int index = 1; index < m_action->count(); ++index)
        m_action->setItemText(index, client::AccessLogLabels::actionName(m_action->itemData(index).toString()));
}

} // namespace regiekamer::ui
