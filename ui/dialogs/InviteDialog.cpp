#include "dialogs/InviteDialog.h"

#include "models/OrganisationModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

InviteDialog::InviteDialog(client::OrganisationModel *organisations, QWidget *parent)
    : QDialog(parent)
    , m_organisations(organisations)
    , m_email(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"inviteDialog"_s);
    m_email->setObjectName(u"inviteEmailEdit"_s);
    m_name->setObjectName(u"inviteNameEdit"_s);
    m_email->setMaxLength(320);
    m_name->setMaxLength(200);
    m_role->setObjectName(u"inviteRoleCombo"_s);
    m_organisation->setObjectName(u"inviteOrganisationCombo"_s);
    m_organisation->setModel(organisations);
    m_language->setObjectName(u"inviteLanguageCombo"_s);
    m_error->setObjectName(u"inviteErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"inviteSendButton"_s);
    auto *form = new QFormLayout;
    const std::array<QWidget *, 5> fields {m_email, m_name, m_role, m_organisation, m_language};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        m_labels.at(i) = new QLabel(this);
        m_labels.at(i)->setBuddy(fields.at(i));
        form->addRow(m_labels.at(i), fields.at(i));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InviteDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InviteDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            [this] { m_organisation->setEnabled(m_role->currentData().toString() == roleToWire(Role::ClientStaff)); });
    retranslate();
}

void InviteDialog::fillChoices()
{
    const QSignalBlocker roleBlocker(m_role);
    const int role = std::max(0, m_role->currentIndex());
    m_role->clear();
    for (Role each : {Role::Moderator, Role::Director, Role::ClientStaff, Role::Admin})
        m_role->addItem(roleDisplayName(each), roleToWire(each));
    m_role->setCurrentIndex(role);
    m_organisation->setEnabled(m_role->currentData().toString() == roleToWire(Role::ClientStaff));
    const int language = std::max(0, m_language->currentIndex());
    m_language->clear();
    m_language->addItem(tr("Dutch"), u"nl"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->setCurrentIndex(language);
}

QString InviteDialog::problem() const
{
    if (!m_email->text().trimmed().contains(u'@'))
        return tr("Enter a valid e-mail address.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the name.");
    if (m_organisation->isEnabled() && m_organisation->currentIndex() < 0)
        return tr("Choose the organisation this client staff member works for.");
    return {};
}

void InviteDialog::submit()
{
    const QString error = problem();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;
    api::InvitationRequest request;
    request.email = m_email->text().trimmed();
    request.displayName = m_name->text().trimmed();
    request.role = roleFromWire(m_role->currentData().toString()).value_or(Role::Moderator);
    if (m_organisation->isEnabled())
        request.organisationId = m_organisations->index(m_organisation->currentIndex(), 0)
                                     .data(client::OrganisationModel::IdRole)
                                     .toLongLong();
    request.language = m_language->currentData().toString();
    Q_EMIT invitationRequested(request);
    accept();
}

void InviteDialog::retranslate()
{
    setWindowTitle(tr("Invite a member of staff"));
    const std::array<QString, 5> labels {tr("E-mail:"), tr("Name:"), tr("Role:"), tr("Organisation:"),
                                         tr("Language of the mail:")};
    for (std::size_t i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send invitation"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fillChoices();
}

void InviteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
