#include "dialogs/InviteDialog.h"

#include "dialogs/StaffFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

InviteDialog::InviteDialog(client::OrganisationModel *organisations, QWidget *parent)
    : QDialog(parent)
    , m_fields(new StaffFields(organisations, u"invite"_s, this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"inviteDialog"_s);
    m_language->setObjectName(u"inviteLanguageCombo"_s);
    m_languageLabel->setBuddy(m_language);
    m_error->setObjectName(u"inviteErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"inviteSendButton"_s);
    auto *form = new QFormLayout;
    m_fields->addRows(form);
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InviteDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InviteDialog::reject);
    retranslate();
}

void InviteDialog::submit()
{
    const QString error = m_fields->problem();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;
    Q_EMIT invitationRequested(api::InvitationRequest {m_fields->email(), m_fields->displayName(), m_fields->role(),
                                                       m_fields->organisationId(),
                                                       m_language->currentData().toString()});
    accept();
}

void InviteDialog::retranslate()
{
    setWindowTitle(tr("Invite a member of staff"));
    m_fields->retranslate();
    m_languageLabel->setText(tr("Language of the mail:"));
    const int language = std::max(0, m_language->currentIndex());
    m_language->clear();
    m_language->addItem(tr("Dutch"), u"nl"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setCurrentIndex(language);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send invitation"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void InviteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
