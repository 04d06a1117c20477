#pragma once

#include "protocol/Session.h"

#include <QWidget>

class QLabel;

namespace regiekamer::ui {

// Who is signed in: display name, translated role and organisation.
class UserHeader : public QWidget
{
    Q_OBJECT
public:
    explicit UserHeader(QWidget *parent = nullptr);
    void setUser(const api::UserInfo &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    api::UserInfo m_user;
    QLabel *m_name;
    QLabel *m_role;
    QLabel *m_organisation;
};

} // namespace regiekamer::ui
