#pragma once

#include "protocol/Question.h"
#include "protocol/Roles.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace regiekamer::client {
class WebinarWorkspace;
} // namespace regiekamer::client

namespace regiekamer::ui {

// The selected webinar's question queue, newest first, with a state filter; for roles that may moderate:
// approve, dismiss and pin the selected question, and answer it in a small editor.
class QuestionQueuePanel : public QWidget
{
    Q_OBJECT
public:
    QuestionQueuePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent = nullptr);

    QTableView *table() const;
    qint64 selectedQuestionId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createActions();
    void fillStateFilter();
    void onStateFilterChanged();
    void onSelectionChanged();
    void updateButtons();
    void setState(api::QuestionState state);
    void sendAnswer();
    const api::Question *selectedQuestion() const;
    void retranslate();

    client::WebinarWorkspace *m_workspace;
    QSortFilterProxyModel *m_proxy;
    bool m_mayModerate;
    QLabel *m_heading;
    QComboBox *m_stateFilter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_approve = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_pin = nullptr;
    QLabel *m_selected = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace regiekamer::ui
