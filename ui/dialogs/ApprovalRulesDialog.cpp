#include "dialogs/ApprovalRulesDialog.h"

#include "session/ApprovalRulesActions.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QPlainTextEdit *listEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setMinimumHeight(90);
    return edit;
}

} // namespace

ApprovalRulesDialog::ApprovalRulesDialog(client::ApiClient *api, qint64 webinarId, const QString &webinarTitle,
                                         QWidget *parent)
    : QDialog(parent)
    , m_actions(new client::ApprovalRulesActions(api, this))
    , m_webinarId(webinarId)
    , m_webinarTitle(webinarTitle)
    , m_intro(new QLabel(this))
    , m_domainsLabel(new QLabel(this))
    , m_domains(listEdit(u"approvalDomainsEdit"_s, this))
    , m_organisationsLabel(new QLabel(this))
    , m_organisations(listEdit(u"approvalOrganisationsEdit"_s, this))
    , m_limited(new QCheckBox(this))
    , m_capacity(new QSpinBox(this))
    , m_counts(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"approvalRulesDialog"_s);
    m_intro->setWordWrap(true);
    m_domainsLabel->setBuddy(m_domains);
    m_organisationsLabel->setBuddy(m_organisations);
    m_limited->setObjectName(u"approvalCapacityCheck"_s);
    m_capacity->setObjectName(u"approvalCapacitySpin"_s);
    m_capacity->setRange(1, int(api::ApprovalRules::maximumCapacity));
    m_capacity->setEnabled(false);
    m_counts->setObjectName(u"approvalCountsLabel"_s);
    m_error->setObjectName(u"approvalRulesErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"approvalRulesSaveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false); // until the rules are loaded

    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_limited);
    capacityRow->addWidget(m_capacity);
    capacityRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_domainsLabel);
    layout->addWidget(m_domains);
    layout->addWidget(m_organisationsLabel);
    layout->addWidget(m_organisations);
    layout->addLayout(capacityRow);
    layout->addWidget(m_counts);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connectParts();
    retranslate();
    m_actions->load(webinarId);
}

void ApprovalRulesDialog::connectParts()
{
    connect(m_limited, &QCheckBox::toggled, m_capacity, &QSpinBox::setEnabled);
    connect(m_limited, &QCheckBox::toggled, this, &ApprovalRulesDialog::updateCounts);
    connect(m_capacity, &QSpinBox::valueChanged, this, &ApprovalRulesDialog::updateCounts);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApprovalRulesDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApprovalRulesDialog::reject);
    connect(m_actions, &client::ApprovalRulesActions::loaded, this, &ApprovalRulesDialog::showRules);
    connect(m_actions, &client::ApprovalRulesActions::failed, this, &ApprovalRulesDialog::showProblem);
    connect(m_actions, &client::ApprovalRulesActions::saved, this, [this](const api::ApprovalRules &rules) {
        Q_EMIT saved(
            tr("Approval rules of “%1” saved: %n approved, %2 on the waiting list.", nullptr, int(rules.approvedCount))
                .arg(m_webinarTitle, QLocale().toString(rules.waitlistCount)));
        accept();
    });
}

void ApprovalRulesDialog::showRules(const api::ApprovalRules &rules)
{
    m_rules = rules;
    m_domains->setPlainText(rules.domains.join(u'\n'));
    m_organisations->setPlainText(rules.organisations.join(u'\n'));
    m_limited->setChecked(rules.capacity.has_value());
    m_capacity->setValue(int(rules.capacity.value_or(std::max<qint64>(1, rules.approvedCount))));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    updateCounts();
}

void ApprovalRulesDialog::showProblem(const QString &problem)
{
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
}

Result<api::ApprovalRulesUpdate> ApprovalRulesDialog::change() const
{
    api::ApprovalRulesUpdate change;
    const QStringList domains = linesOf(m_domains), organisations = linesOf(m_organisations);
    const auto problem = [](const QString &text) { return fail(u"bad_request"_s, text); };
    if (domains.size() > api::ApprovalRules::maximumEntries ||
        organisations.size() > api::ApprovalRules::maximumEntries)
        return problem(tr("At most %1 domains and %1 organisations.").arg(api::ApprovalRules::maximumEntries));
    for (const QString &line : domains) {
        const QString domain = api::approval::normaliseDomain(line);
        if (domain.isEmpty())
            return problem(tr("“%1” is not a domain name. Write only the part after the @, such as example.org "
                              "(no * or @; subdomains are separate lines).")
                               .arg(line.left(100)));
        if (!change.domains.contains(domain))
            change.domains.append(domain);
    }
    for (const QString &line : organisations) {
        if (line.size() > api::ApprovalRules::maximumOrganisationLength)
            return problem(tr("The organisation “%1…” is longer than %2 characters.")
                               .arg(line.left(40))
                               .arg(api::ApprovalRules::maximumOrganisationLength));
        change.organisations.append(line.simplified());
    }
    if (m_limited->isChecked())
        change.capacity = m_capacity->value();
    change.version = m_rules ? m_rules->version : 1;
    return change;
}

void ApprovalRulesDialog::submit()
{
    auto wanted = change();
    if (!wanted) {
        showProblem(wanted.error().message);
        return;
    }
    showProblem({});
    m_actions->save(m_webinarId, *wanted);
}

void ApprovalRulesDialog::updateCounts()
{
    if (!m_rules) {
        m_counts->setText(tr("Loading the rules …"));
        return;
    }
    QString text = tr("Now %1 approved, %2 on the waiting list.")
                       .arg(QLocale().toString(m_rules->approvedCount), QLocale().toString(m_rules->waitlistCount));
    if (m_limited->isChecked() && m_capacity->value() < m_rules->approvedCount)
        text += u' ' +
            tr("Fewer places than approved: nobody loses their place, but nobody new is admitted until "
               "enough places free.");
    m_counts->setText(text);
}

void ApprovalRulesDialog::retranslate()
{
    setWindowTitle(tr("Approval rules of “%1”").arg(m_webinarTitle));
    m_intro->setText(tr("Registrations from these e-mail domains or organisations are approved at once; the others "
                        "wait for your approval. Beyond the capacity, registrations go onto the waiting list and move "
                        "up by themselves, in order of registration, when a place frees."));
    m_domainsLabel->setText(tr("E-mail &domains, one per line (for example zorg.nl):"));
    m_organisationsLabel->setText(tr("&Organisations, one per line (as attendees give their company):"));
    m_domains->setAccessibleName(tr("E-mail domains approved at once"));
    m_organisations->setAccessibleName(tr("Organisations approved at once"));
    m_limited->setText(tr("&Limit the places to"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setSuffix(tr(" places"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save rules"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateCounts();
}

void ApprovalRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace regiekamer::ui
