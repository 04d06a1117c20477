#include "dialogs/AccountDialog.h"

#include "dialogs/StaffFields.h"

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
    , m_fields(new StaffFields(organisations, u"account"_s, this))
    , m_password(edit(u"accountPasswordEdit"_s, this, true))
    , m_repeat(edit(u"accountRepeatEdit"_s, this, true))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"accountDialog"_s);
    m_error->setObjectName(u"accountErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"accountCreateButton"_s);
    auto *form = new QFormLayout;
    m_fields->addRows(form);
    const std::array<QWidget *, 2> passwords {m_password, m_repeat};
    for (std::size_t i = 0; i < passwords.size(); ++i) {
        m_labels.at(i) = new QLabel(this);
        m_labels.at(i)->setBuddy(passwords.at(i));
        form->addRow(m_labels.at(i), passwords.at(i));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(this, &QDialog::finished, this, &AccountDialog::clearPasswords);
    retranslate();
}

AccountDialog::~AccountDialog()
{
    clearPasswords();
}

QString AccountDialog::problem() const
{
    if (const QString fields = m_fields->problem(); !fields.isEmpty())
        return fields;
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
    request.email = m_fields->email();
    request.displayName = m_fields->displayName();
    request.role = m_fields->role();
    request.organisationId = m_fields->organisationId();
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
    m_fields->retranslate();
    const std::array<QString, 2> labels {tr("Initial password:"), tr("Repeat password:")};
    for (std::size_t i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
