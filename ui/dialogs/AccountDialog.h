#pragma once

#include "protocol/StaffAccount.h"

#include <QDialog>

#include <array>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace regiekamer::client {
class OrganisationModel;
} // namespace regiekamer::client

namespace regiekamer::ui {

class StaffFields;

// A new staff account: e-mail, name, role, organisation (client staff only) and the initial password, typed
// twice. Opened non-modally (open()); emits accountRequested once the input is complete, then clears both
// password fields. objectName "accountDialog".
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(client::OrganisationModel *organisations, QWidget *parent = nullptr);
    ~AccountDialog() override;

Q_SIGNALS:
    void accountRequested(const regiekamer::api::StaffAccountCreate &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    QString problem() const;
    void clearPasswords();

    StaffFields *m_fields;
    std::array<QLabel *, 2> m_labels {};
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace regiekamer::ui
