#include "dialogs/AccountDialog.h"

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
namespace {

constexpr int minimumPasswordLength = 12;

QLineEdit *edit(const QString &objectName, QWidget *parent, bool password = false)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    line->setMaxLength(500);
    if (password)
        line->setEchoMode(QLineEdit::Password);
    return line;
}

} // namespace

AccountDialog::AccountDialog(client::OrganisationModel *organisations, QWidget *parent)
    : QDialog(parent)
    , m_organisations(organisations)
    , m_email(edit(u"accountEmailEdit"_s, this))
    , m_name(edit(u"accountNameEdit"_s, this))
    , m_role(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_password(edit(u"accountPasswordEdit"_s, this, true))
    , m_repeat(edit(u"accountRepeatEdit"_s, this, true))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"accountDialog"_s);
    m_role->setObjectName(u"accountRoleCombo"_s);
    m_organisation->setObjectName(u"accountOrganisationCombo"_s);
    m_organisation->setModel(organisations);
    m_error->setObjectName(u"accountErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"accountCreateButton"_s);
    auto *form = new QFormLayout;
    const std::array<QWidget *, 6> fields {m_email, m_name, m_role, m_organisation, m_password, m_repeat};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        m_labels.at(i) = new QLabel(this);
        m_labels.at(i)->setBuddy(fields.at(i));
        form->addRow(m_labels.at(i), fields.at(i));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(this, &QDialog::finished, this, &AccountDialog::clearPasswords);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::onRoleChanged);
    retranslate();
}

AccountDialog::~AccountDialog()
{
    clearPasswords();
}

void AccountDialog::fillRoles()
{
    const QSignalBlocker blocker(m_role);
    const int current = std::max(0, m_role->currentIndex());
    m_role->clear();
    for (Role role : {Role::Moderator, Role::Director, Role::ClientStaff, Role::Admin})
        m_role->addItem(roleDisplayName(role), roleToWire(role));
    m_role->setCurrentIndex(current);
    onRoleChanged();
}

void AccountDialog::onRoleChanged()
{
    const bool client = m_role->currentData().toString() == roleToWire(Role::ClientStaff);
    m_organisation->setEnabled(client);
}

QString AccountDialog::problem() const
{
    if (!m_email->text().trimmed().contains(u'@'))
        return tr("Enter a valid e-mail address.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the name.");
    if (m_organisation->isEnabled() && m_organisation->currentIndex() < 0)
        return tr("Choose the organisation this client staff member works for.");
    if (m_password->text().size() < minimumPasswordLength)
        return tr("The initial password needs at least %n characters.", nullptr, minimumPasswordLength);
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords are not the same.");
    return {};
}

void AccountDialog::submit()
{
    const QString error = problem();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;
    api::StaffAccountCreate request;
    request.email = m_email->text().trimmed();
    request.displayName = m_name->text().trimmed();
    request.role = roleFromWire(m_role->currentData().toString()).value_or(Role::Moderator);
    if (m_organisation->isEnabled())
        request.organisationId = m_organisations->index(m_organisation->currentIndex(), 0)
                                     .data(client::OrganisationModel::IdRole)
                                     .toLongLong();
    request.password = m_password->text();
    clearPasswords();
    Q_EMIT accountRequested(request);
    request.password.fill(u'\0');
    accept();
}

void AccountDialog::clearPasswords()
{
    m_password->clear();
    m_repeat->clear();
}

void AccountDialog::retranslate()
{
    setWindowTitle(tr("New staff account"));
    const std::array<QString, 6> labels {
        tr("E-mail:"), tr("Name:"), tr("Role:"), tr("Organisation:"), tr("Initial password:"), tr("Repeat password:")};
    for (std::size_t i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    fillRoles();
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
