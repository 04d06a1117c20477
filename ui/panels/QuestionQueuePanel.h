#pragma once

#include "protocol/Question.h"
#include "protocol/Roles.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace regiekamer::client {
class QuestionQueueModel;
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's question queue: pinned questions on top, then newest first; the open ones by default (a
// filter shows all, or one state); questions that arrive while it is on screen stand out (bold, highlighted and
// counted) until selected. Sorted newest first or by the audience's votes (a choice, or the column headers); each
// question's last moderation action says who and when. For roles that may moderate: approve, dismiss and pin the
// selected question, mark it answered live (Ctrl+L) or answer it in a small editor (Ctrl+Enter sends), and merge
// two or more selected duplicates into the oldest of them (after a confirmation naming them; undone by Unmerge).
class QuestionQueuePanel : public QWidget
{
    Q_OBJECT
public:
    QuestionQueuePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    QTableView *table() const;
    qint64 selectedQuestionId() const;
    QList<qint64> selectedQuestionIds() const; // in the order shown

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createActions();
    void fillStateFilter();
    void onStateFilterChanged();
    void onSelectionChanged();
    void showUnseen(int count);
    void dropSelectionOfLeavingRows();
    void updateButtons();
    void setState(api::QuestionState state);
    void sendAnswer();
    void onSortChanged();
    void confirmMerge();
    void unmerge();
    const api::Question *selectedQuestion() const;
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    client::QuestionQueueModel *m_proxy;
    bool m_mayModerate;
    QLabel *m_heading;
    QComboBox *m_stateFilter;
    QComboBox *m_sort;
    QLabel *m_count;
    QLabel *m_unseen;
    QTableView *m_table;
    QPushButton *m_approve = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_answeredLive = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_unmerge = nullptr;
    QList<qint64> m_lastMerged; // what Unmerge takes back when no merged question is selected
    QLabel *m_selected = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QPushButton *m_send = nullptr;
    bool m_selectedRowLeaves = false;
};

} // namespace regiekamer::ui
