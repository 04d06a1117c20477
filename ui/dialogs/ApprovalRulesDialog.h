#pragma once

#include "protocol/ApprovalRules.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace regiekamer::client {
class ApiClient;
class ApprovalRulesActions;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The director's approval rules of one webinar (docs/api.md "Approval rules"): the e-mail domains and organisations
// whose registrations are approved at once (one per line), and the capacity, past which registrations wait on the
// waiting list. Loads the rules when opened; checks every line before saving and names the first wrong one; saving
// replaces the rules and closes. Emits saved with a translated report. objectName "approvalRulesDialog".
class ApprovalRulesDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalRulesDialog(client::ApiClient *api, qint64 webinarId, const QString &webinarTitle,
                        QWidget *parent = nullptr);

    // The change the dialog would save now, or a translated problem.
    Result<api::ApprovalRulesUpdate> change() const;

Q_SIGNALS:
    void saved(const QString &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void connectParts();
    void showRules(const api::ApprovalRules &rules);
    void showProblem(const QString &problem);
    void submit();
    void updateCounts();

    client::ApprovalRulesActions *m_actions;
    qint64 m_webinarId;
    QString m_webinarTitle;
    std::optional<api::ApprovalRules> m_rules; // as loaded
    QLabel *m_intro;
    QLabel *m_domainsLabel;
    QPlainTextEdit *m_domains;
    QLabel *m_organisationsLabel;
    QPlainTextEdit *m_organisations;
    QCheckBox *m_limited;
    QSpinBox *m_capacity;
    QLabel *m_counts;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace regiekamer::ui
