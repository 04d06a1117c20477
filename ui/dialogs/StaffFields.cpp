#include "dialogs/StaffFields.h"

#include "models/OrganisationModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

StaffFields::StaffFields(client::OrganisationModel *organisations, const QString &objectPrefix, QWidget *dialog)
    : QObject(dialog)
    , m_organisations(organisations)
    , m_email(new QLineEdit(dialog))
    , m_name(new QLineEdit(dialog))
    , m_role(new QComboBox(dialog))
    , m_organisation(new QComboBox(dialog))
{
    m_email->setObjectName(objectPrefix + u"EmailEdit"_s);
    m_name->setObjectName(objectPrefix + u"NameEdit"_s);
    m_role->setObjectName(objectPrefix + u"RoleCombo"_s);
    m_organisation->setObjectName(objectPrefix + u"OrganisationCombo"_s);
    m_email->setMaxLength(320);
    m_name->setMaxLength(200);
    m_organisation->setModel(organisations);
    for (QLabel *&label : m_labels)
        label = new QLabel(dialog);
    connect(m_role, &QComboBox::currentIndexChanged, this, &StaffFields::updateOrganisation);
}

void StaffFields::addRows(QFormLayout *form)
{
    const std::array<QWidget *, 4> fields {m_email, m_name, m_role, m_organisation};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        m_labels.at(i)->setBuddy(fields.at(i));
        form->addRow(m_labels.at(i), fields.at(i));
    }
}

void StaffFields::retranslate()
{
    const std::array<QString, 4> labels {tr("E-mail:"), tr("Name:"), tr("Role:"), tr("Organisation:")};
    for (std::size_t i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    const QSignalBlocker blocker(m_role);
    const int current = std::max(0, m_role->currentIndex());
    m_role->clear();
    for (Role each : {Role::Moderator, Role::Director, Role::ClientStaff, Role::Admin})
        m_role->addItem(roleDisplayName(each), roleToWire(each));
    m_role->setCurrentIndex(current);
    updateOrganisation();
}

void StaffFields::updateOrganisation()
{
    m_organisation->setEnabled(role() == Role::ClientStaff);
}

QString StaffFields::problem() const
{
    if (!m_email->text().trimmed().contains(u'@'))
        return tr("Enter a valid e-mail address.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the name.");
    if (m_organisation->isEnabled() && m_organisation->currentIndex() < 0)
        return tr("Choose the organisation this client staff member works for.");
    return {};
}

QString StaffFields::email() const
{
    return m_email->text().trimmed();
}

QString StaffFields::displayName() const
{
    return m_name->text().trimmed();
}

Role StaffFields::role() const
{
    return roleFromWire(m_role->currentData().toString()).value_or(Role::Moderator);
}

qint64 StaffFields::organisationId() const
{
    if (!m_organisation->isEnabled())
        return 0;
    return m_organisations->index(m_organisation->currentIndex(), 0)
        .data(client::OrganisationModel::IdRole)
        .toLongLong();
}

} // namespace regiekamer::ui
