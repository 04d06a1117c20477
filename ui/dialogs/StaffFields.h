#pragma once

#include "protocol/Roles.h"

#include <QObject>

#include <array>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace regiekamer::client {
class OrganisationModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The fields every staff account form has (AccountDialog, InviteDialog): e-mail, name, role and organisation, the last
// enabled for client staff only; their labels, their check and their values. Object names are PREFIX + "EmailEdit",
// "NameEdit", "RoleCombo", "OrganisationCombo".
class StaffFields : public QObject
{
    Q_OBJECT
public:
    StaffFields(client::OrganisationModel *organisations, const QString &objectPrefix, QWidget *dialog);

    void addRows(QFormLayout *form);
    void retranslate();
    // What keeps the form from being sent, translated; empty when nothing does.
    QString problem() const;

    QString email() const;
    QString displayName() const;
    Role role() const;
    qint64 organisationId() const; // 0 unless the role is client staff

private:
    void updateOrganisation();

    client::OrganisationModel *m_organisations;
    std::array<QLabel *, 4> m_labels {};
    QLineEdit *m_email;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_organisation;
};

} // namespace regiekamer::ui
