#include "widgets/UserHeader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

UserHeader::UserHeader(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_role(new QLabel(this))
    , m_organisation(new QLabel(this))
{
    setObjectName(u"userHeader"_s);
    m_name->setObjectName(u"userNameLabel"_s);
    m_role->setObjectName(u"userRoleLabel"_s);
    m_organisation->setObjectName(u"organisationLabel"_s);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_role);
    layout->addStretch();
    layout->addWidget(m_organisation);
}

void UserHeader::setUser(const api::UserInfo &user)
{
    m_user = user;
    retranslate();
}

void UserHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UserHeader::retranslate()
{
    m_name->setText(m_user.displayName);
    m_role->setText(roleDisplayName(m_user.role));
    m_organisation->setText(m_user.organisationName.isEmpty() ? QString()
                                                              : tr("Organisation: %1").arg(m_user.organisationName));
}

} // namespace regiekamer::ui
