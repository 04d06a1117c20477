#include "dialogs/WebinarDialog.h"

#include "models/OrganisationModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

constexpr int longestMinutes = 24 * 60;

// The next full hour a week from now: a plausible start that needs few changes.
QDateTime suggestedStart()
{
    const QDateTime now = QDateTime::currentDateTime().addDays(7);
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}

} // namespace

WebinarDialog::WebinarDialog(client::OrganisationModel *organisations,
                             const std::optional<api::WebinarSummary> &editing, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_organisation(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_startsAt(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"webinarDialog"_s);
    m_organisation->setModel(organisations);
    m_title->setMaxLength(200);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 6);
    m_startsAt->setCalendarPopup(true);
    m_duration->setRange(1, longestMinutes);
    m_error->setObjectName(u"webinarErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"webinarSaveButton"_s);
    auto *form = new QFormLayout;
    addRow(form, m_organisation, u"webinarOrganisationCombo"_s);
    addRow(form, m_title, u"webinarTitleEdit"_s);
    addRow(form, m_description, u"webinarDescriptionEdit"_s);
    addRow(form, m_startsAt, u"webinarStartEdit"_s);
    addRow(form, m_duration, u"webinarDurationSpin"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    if (m_editing) {
        m_organisation->setCurrentIndex(organisations->rowOfId(m_editing->organisationId));
        m_organisation->setEnabled(false);
        m_title->setText(m_editing->title);
        m_description->setPlainText(m_editing->description);
        m_startsAt->setDateTime(m_editing->startsAt.toLocalTime());
        m_duration->setValue(int(m_editing->durationMinutes));
    } else {
        m_startsAt->setDateTime(suggestedStart());
        m_duration->setValue(60);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WebinarDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebinarDialog::reject);
    retranslate();
}

void WebinarDialog::addRow(QFormLayout *form, QWidget *field, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    field->setObjectName(objectName);
    form->addRow(label, field);
    m_labels << label;
}

void WebinarDialog::submit()
{
    const QString title = m_title->text().trimmed();
    QString problem;
    if (m_organisation->currentIndex() < 0)
        problem = tr("Choose the client organisation the webinar is for.");
    else if (title.isEmpty())
        problem = tr("The webinar needs a title.");
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    const QDateTime startsAt = m_startsAt->dateTime().toUTC();
    if (m_editing) {
        api::WebinarUpdate change;
        change.version = m_editing->version;
        change.title = title;
        change.description = m_description->toPlainText();
        change.startsAt = startsAt;
        change.durationMinutes = m_duration->value();
        Q_EMIT edited(m_editing->id, change);
    } else {
        const qint64 organisationId = m_organisation->currentData(client::OrganisationModel::IdRole).toLongLong();
        Q_EMIT created({organisationId, title, m_description->toPlainText(), startsAt, m_duration->value()});
    }
    accept();
}

void WebinarDialog::retranslate()
{
    setWindowTitle(m_editing ? tr("Edit the webinar") : tr("New webinar"));
    const QStringList labels {tr("Client &organisation:"), tr("&Title:"), tr("&Description:"), tr("&Starts at:"),
                              tr("&Length:")};
    for (qsizetype i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.value(i));
    m_startsAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat)); // the person's own date order
    m_duration->setSuffix(tr(" minutes"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save changes") : tr("Create webinar"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void WebinarDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
