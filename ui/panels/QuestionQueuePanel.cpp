#include "panels/QuestionQueuePanel.h"

#include "protocol/Rights.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ReadOnlyGate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using api::QuestionState;
using client::QuestionModel;

QuestionQueuePanel::QuestionQueuePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_mayModerate(rights::permits(role, rights::Resource::Question, rights::Action::Moderate))
    , m_heading(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"questionPanel"_s);
    m_stateFilter->setObjectName(u"questionStateFilterCombo"_s);
    m_count->setObjectName(u"questionCountLabel"_s);
    m_table->setObjectName(u"questionTable"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_proxy->setSourceModel(workspace->questions());
    m_proxy->setSortRole(QuestionModel::SortRole);
    m_proxy->setFilterRole(QuestionModel::SortRole);
    m_proxy->setFilterKeyColumn(QuestionModel::State);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuestionModel::AskedAt, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(QuestionModel::AskedAt, 130);
    m_table->setColumnWidth(QuestionModel::Asker, 150);
    m_table->setColumnWidth(QuestionModel::Text, 320);
    m_table->setColumnWidth(QuestionModel::State, 100);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_heading);
    filters->addStretch();
    filters->addWidget(m_count);
    filters->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    if (m_mayModerate)
        layout->addWidget(createActions());

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &QuestionQueuePanel::onStateFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionQueuePanel::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &QuestionQueuePanel::updateButtons);
    retranslate();
}

QWidget *QuestionQueuePanel::createActions()
{
    auto *box = new QWidget(this);
    m_approve = new QPushButton(box);
    m_dismiss = new QPushButton(box);
    m_pin = new QPushButton(box);
    m_selected = new QLabel(box);
    m_answer = new QPlainTextEdit(box);
    m_send = new QPushButton(box);
    m_approve->setObjectName(u"approveQuestionButton"_s);
    m_dismiss->setObjectName(u"dismissQuestionButton"_s);
    m_pin->setObjectName(u"pinQuestionButton"_s);
    m_selected->setObjectName(u"selectedQuestionLabel"_s);
    m_answer->setObjectName(u"answerEdit"_s);
    m_send->setObjectName(u"answerButton"_s);
    markNeedsServer(m_approve);
    markNeedsServer(m_dismiss);
    markNeedsServer(m_pin);
    markNeedsServer(m_send);
    m_selected->setWordWrap(true);
    m_selected->setTextFormat(Qt::PlainText);
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(m_answer->fontMetrics().lineSpacing() * 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_pin);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *answerRow = new QHBoxLayout;
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_send, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_selected);
    layout->addLayout(answerRow);
    connect(m_approve, &QPushButton::clicked, this, [this] { setState(QuestionState::Approved); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { setState(QuestionState::Dismissed); });
    connect(m_pin, &QPushButton::clicked, this, [this] { setState(QuestionState::Pinned); });
    connect(m_send, &QPushButton::clicked, this, &QuestionQueuePanel::sendAnswer);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &QuestionQueuePanel::updateButtons);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *send = new QShortcut(keys, m_answer, nullptr, nullptr, Qt::WidgetShortcut);
        connect(send, &QShortcut::activated, m_send, &QPushButton::click); // a disabled button ignores it
    }
    return box;
}

QTableView *QuestionQueuePanel::table() const
{
    return m_table;
}

qint64 QuestionQueuePanel::selectedQuestionId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_proxy->index(rows.first().row(), 0).data(QuestionModel::IdRole).toLongLong();
}

const api::Question *QuestionQueuePanel::selectedQuestion() const
{
    const qint64 id = selectedQuestionId();
    return id == 0 ? nullptr : m_workspace->questions()->questionById(id);
}

void QuestionQueuePanel::fillStateFilter()
{
    const QSignalBlocker blocker(m_stateFilter);
    const int current = std::max(0, m_stateFilter->currentIndex());
    m_stateFilter->clear();
    m_stateFilter->addItem(tr("All questions"), -1);
    for (auto state : {QuestionState::New, QuestionState::Approved, QuestionState::Pinned, QuestionState::Answered,
                       QuestionState::Dismissed})
        m_stateFilter->addItem(QuestionModel::stateDisplayName(state), static_cast<int>(state));
    m_stateFilter->setCurrentIndex(current);
}

void QuestionQueuePanel::onStateFilterChanged()
{
    const int state = m_stateFilter->currentData().toInt();
    m_proxy->setFilterRegularExpression(state < 0 ? QRegularExpression() : QRegularExpression(u"^%1$"_s.arg(state)));
    updateButtons();
}

void QuestionQueuePanel::onSelectionChanged()
{
    if (m_answer) {
        const api::Question *question = selectedQuestion();
        const QSignalBlocker blocker(m_answer);
        m_answer->setPlainText(question && question->question ? question->question->answer.value_or(QString())
                                                              : QString());
    }
    updateButtons();
}

void QuestionQueuePanel::updateButtons()
{
    m_count->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_workspace->questions()->rowCount()));
    if (!m_mayModerate)
        return;
    const api::Question *question = selectedQuestion();
    const auto state = question && question->question ? std::optional(question->question->state) : std::nullopt;
    m_approve->setEnabled(state && *state != QuestionState::Approved);
    m_dismiss->setEnabled(state && *state != QuestionState::Dismissed);
    m_pin->setEnabled(state && *state != QuestionState::Pinned);
    m_send->setEnabled(state.has_value() && !m_answer->toPlainText().trimmed().isEmpty());
    m_answer->setEnabled(state.has_value());
    m_selected->setText(
        question && question->question
            ? tr("%1 asks: %2").arg(question->askerName.value_or(tr("Someone")), question->question->text)
            : tr("Select a question to moderate or answer it."));
}

void QuestionQueuePanel::setState(QuestionState state)
{
    if (const qint64 id = selectedQuestionId(); id != 0)
        m_workspace->moderate(id, state, std::nullopt);
}

void QuestionQueuePanel::sendAnswer()
{
    const qint64 id = selectedQuestionId();
    const QString answer = m_answer->toPlainText().trimmed();
    if (id == 0 || answer.isEmpty())
        return;
    m_workspace->moderate(id, std::nullopt, answer);
}

void QuestionQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuestionQueuePanel::retranslate()
{
    m_heading->setText(tr("Questions"));
    m_table->setAccessibleName(m_heading->text());
    m_stateFilter->setAccessibleName(tr("Show questions"));
    fillStateFilter();
    if (m_mayModerate) {
        m_approve->setText(tr("Appro&ve"));
        m_dismiss->setText(tr("&Dismiss"));
        m_pin->setText(tr("&Pin"));
        m_send->setText(tr("A&nswer"));
        m_send->setToolTip(tr("Send the answer (Ctrl+Enter)"));
        m_approve->setToolTip(tr("Approve the selected question so the speakers can take it"));
        m_dismiss->setToolTip(tr("Dismiss the selected question"));
        m_pin->setToolTip(tr("Pin the selected question to the top for the speakers"));
        m_answer->setPlaceholderText(tr("Type an answer to the selected question"));
        m_answer->setAccessibleName(tr("Answer to the selected question"));
    }
    updateButtons();
}

} // namespace regiekamer::ui
