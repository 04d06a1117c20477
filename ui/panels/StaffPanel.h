#pragma once

#include "protocol/Roles.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace regiekamer::client {
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's staff (directors and moderators) for a director: remove an assigned moderator, or assign
// one of the candidates the server offers (GET …/staff-candidates: the active moderators not yet assigned). The
// candidates are reloaded whenever the webinar's detail is (re)loaded — another webinar selected, a moderator
// assigned or removed here or by someone else — and after a failed assign or remove. Directors are assigned by an
// administrator. A failure to load the candidates is shown in the hint line under the list.
class StaffPanel : public QWidget
{
    Q_OBJECT
public:
    StaffPanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDetailChanged();
    void showStaff();
    void fillCandidates();
    void onCandidatesFailed(const QString &message);
    void onActionFailed();
    void showHint();
    void updateButtons();
    void onRemove();
    void onAssign();
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    bool m_mayAssign;
    bool m_staffChangePending = false; // an assign or remove of this panel awaits its answer
    bool m_candidatesLoaded = false;
    QString m_candidateFailure; // the translated error of the last candidate load; empty: loaded
    QLabel *m_heading;
    QListWidget *m_staff;
    QPushButton *m_remove;
    QLabel *m_assignCaption;
    QComboBox *m_candidates;
    QPushButton *m_assign;
    QLabel *m_hint;
};

} // namespace regiekamer::ui
