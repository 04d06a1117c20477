#include "panels/QuestionQueuePanel.h"

#include "models/QuestionQueueModel.h"
#include "protocol/Rights.h"
#include "resources/ActionIcons.h"
#include "session/WebinarWorkspace.h"
#include "widgets/ButtonContextMenu.h"
#include "widgets/Messages.h"
#include "widgets/ReadOnlyGate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {

using api::QuestionState;
using client::QuestionModel;

namespace {

// The state filter's first two choices; the others carry the state's number.
constexpr int showOpen = -2;
constexpr int showAll = -1;
// The sort choices.
constexpr int sortNewest = 0;
constexpr int sortVotes = 1;

// Unseen questions in bold on a light highlight: the weight says it without the colour.
class UnseenDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(client::QuestionQueueModel::UnseenRole).toBool())
            return;
        option->font.setBold(true);
        option->backgroundBrush = QColor(0xff, 0xf1, 0xc2);
    }
};

} // namespace

QuestionQueuePanel::QuestionQueuePanel(client::WebinarWorkspace *workspace, Role role, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new client::QuestionQueueModel(workspace->questions(), this))
    , m_mayModerate(rights::permits(role, rights::Resource::Question, rights::Action::Moderate))
    , m_heading(new QLabel(this))
    , m_stateFilter(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_unseen(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"questionPanel"_s);
    m_stateFilter->setObjectName(u"questionStateFilterCombo"_s);
    m_sort->setObjectName(u"questionSortCombo"_s);
    m_count->setObjectName(u"questionCountLabel"_s);
    m_table->setObjectName(u"questionTable"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_unseen->setObjectName(u"questionNewCountLabel"_s);
    dropSelectionOfLeavingRows(); // before the table takes the model, so it runs before the table's own reaction
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new UnseenDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuestionModel::AskedAt, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(m_mayModerate ? QAbstractItemView::ExtendedSelection // merging takes two or more
                                            : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves; arrows move inside
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The votes beside the question they count, and every column inside the default window: the last action
    // (who and when) takes what is left.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(QuestionModel::Votes), header->visualIndex(QuestionModel::Text) + 1);
    m_table->setColumnWidth(QuestionModel::AskedAt, 120);
    m_table->setColumnWidth(QuestionModel::Asker, 130);
    m_table->setColumnWidth(QuestionModel::Text, 280);
    m_table->setColumnWidth(QuestionModel::Votes, 60);
    m_table->setColumnWidth(QuestionModel::State, 90);
    m_table->setColumnWidth(QuestionModel::Answer, 170);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_heading);
    filters->addWidget(m_unseen);
    filters->addStretch();
    filters->addWidget(m_count);
    filters->addWidget(m_sort);
    filters->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    if (m_mayModerate)
        layout->addWidget(createActions());

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &QuestionQueuePanel::onStateFilterChanged);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &QuestionQueuePanel::onSortChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionQueuePanel::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &QuestionQueuePanel::updateButtons);
    connect(m_proxy, &client::QuestionQueueModel::unseenChanged, this, &QuestionQueuePanel::showUnseen);
    // Questions that arrive after the queue is on screen are the ones to point out.
    connect(workspace, &client::WebinarWorkspace::questionsLoaded, m_proxy, &client::QuestionQueueModel::watchArrivals);
    retranslate();
}

QWidget *QuestionQueuePanel::createActions()
{
    auto *box = new QWidget(this);
    m_approve = new QPushButton(box);
    m_dismiss = new QPushButton(box);
    m_pin = new QPushButton(box);
    m_answeredLive = new QPushButton(box);
    m_merge = new QPushButton(box);
    m_unmerge = new QPushButton(box);
    m_selected = new QLabel(box);
    m_answer = new QPlainTextEdit(box);
    m_send = new QPushButton(box);
    m_approve->setObjectName(u"approveQuestionButton"_s);
    m_dismiss->setObjectName(u"dismissQuestionButton"_s);
    m_pin->setObjectName(u"pinQuestionButton"_s);
    m_answeredLive->setObjectName(u"answeredLiveButton"_s);
    m_merge->setObjectName(u"mergeQuestionsButton"_s);
    m_unmerge->setObjectName(u"unmergeQuestionButton"_s);
    m_selected->setObjectName(u"selectedQuestionLabel"_s);
    m_answer->setObjectName(u"answerEdit"_s);
    m_send->setObjectName(u"answerButton"_s);
    m_approve->setIcon(resources::actionIcon(resources::ActionIcon::Approve));
    m_dismiss->setIcon(resources::actionIcon(resources::ActionIcon::Dismiss));
    m_pin->setIcon(resources::actionIcon(resources::ActionIcon::Pin));
    m_send->setIcon(resources::actionIcon(resources::ActionIcon::Answer));
    markNeedsServer(m_approve);
    markNeedsServer(m_dismiss);
    markNeedsServer(m_pin);
    markNeedsServer(m_answeredLive);
    markNeedsServer(m_merge);
    markNeedsServer(m_unmerge);
    markNeedsServer(m_send);
    m_selected->setWordWrap(true);
    m_selected->setTextFormat(Qt::PlainText);
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(m_answer->fontMetrics().lineSpacing() * 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_pin);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_answeredLive);
    buttons->addStretch();
    buttons->addWidget(m_merge);
    buttons->addWidget(m_unmerge);
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
    offerButtonsInContextMenu(m_table, {m_approve, m_pin, m_dismiss, m_answeredLive, m_merge, m_unmerge});
    connect(m_answeredLive, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedQuestionId(); id != 0)
            m_workspace->moderate(id, std::nullopt, std::nullopt, true);
    });
    auto *live =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(live, &QShortcut::activated, m_answeredLive, &QPushButton::click); // a disabled button ignores it
    connect(m_merge, &QPushButton::clicked, this, &QuestionQueuePanel::confirmMerge);
    connect(m_unmerge, &QPushButton::clicked, this, &QuestionQueuePanel::unmerge);
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
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        return m_proxy->index(current.row(), 0).data(QuestionModel::IdRole).toLongLong();
    const QList<qint64> ids = selectedQuestionIds();
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> QuestionQueuePanel::selectedQuestionIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::ranges::sort(rows, {}, &QModelIndex::row);
    QList<qint64> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_proxy->index(row.row(), 0).data(QuestionModel::IdRole).toLongLong());
    return ids;
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
    m_stateFilter->addItem(tr("Open questions"), showOpen);
    m_stateFilter->addItem(tr("All questions"), showAll);
    for (auto state : {QuestionState::New, QuestionState::Approved, QuestionState::Pinned, QuestionState::Answered,
                       QuestionState::Dismissed, QuestionState::Merged})
        m_stateFilter->addItem(QuestionModel::stateDisplayName(state), static_cast<int>(state));
    m_stateFilter->setCurrentIndex(current);
}

void QuestionQueuePanel::onSortChanged()
{
    if (m_sort->currentData().toInt() == sortVotes)
        m_table->sortByColumn(QuestionModel::Votes, Qt::DescendingOrder); // pinned stay on top
    else
        m_table->sortByColumn(QuestionModel::AskedAt, Qt::DescendingOrder);
}

void QuestionQueuePanel::onStateFilterChanged()
{
    const int choice = m_stateFilter->currentData().toInt();
    if (choice == showOpen)
        m_proxy->showOpen();
    else if (choice == showAll)
        m_proxy->showAll();
    else
        m_proxy->showState(static_cast<QuestionState>(choice));
    updateButtons();
}

// A selected question that leaves the list (dismissed or answered under "Open questions") takes the selection with
// it: single selection would otherwise select the next question, and a second click would act on that one.
void QuestionQueuePanel::dropSelectionOfLeavingRows()
{
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const QModelIndexList rows =
            m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
        m_selectedRowLeaves =
            std::ranges::any_of(rows, [&](const QModelIndex &row) { return row.row() >= first && row.row() <= last; });
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (std::exchange(m_selectedRowLeaves, false))
            m_table->selectionModel()->clearSelection();
    });
}

void QuestionQueuePanel::showUnseen(int count)
{
    m_unseen->setText(count > 0 ? tr("%n new", nullptr, count) : QString());
    m_unseen->setStyleSheet(count > 0 ? u"QLabel { font-weight: bold; background: #fff1c2; padding: 0 6px; }"_s
                                      : QString());
}

void QuestionQueuePanel::onSelectionChanged()
{
    if (const qint64 id = selectedQuestionId(); id != 0)
        m_proxy->markSeen(id);
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
    const bool merged = state == QuestionState::Merged;
    m_approve->setEnabled(m_approve->isEnabled() && !merged);
    m_dismiss->setEnabled(m_dismiss->isEnabled() && !merged);
    m_pin->setEnabled(m_pin->isEnabled() && !merged);
    m_answeredLive->setEnabled(state && !merged && !question->question->answeredLive);
    m_merge->setEnabled(selectedQuestionIds().size() >= 2);
    m_unmerge->setEnabled(merged || !m_lastMerged.isEmpty());
    m_send->setEnabled(state.has_value() && !merged && !m_answer->toPlainText().trimmed().isEmpty());
    m_answer->setEnabled(state.has_value() && !merged);
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

// The oldest selected question stays; the others join it once the moderator confirms, naming them, because the
// audience then sees one question where there were several.
void QuestionQueuePanel::confirmMerge()
{
    const QList<qint64> ids = selectedQuestionIds();
    QList<const api::Question *> chosen;
    for (const qint64 id : ids) {
        const api::Question *question = m_workspace->questions()->questionById(id);
        if (question && question->question && question->question->state != QuestionState::Merged)
            chosen.append(question);
    }
    if (chosen.size() < 2)
        return;
    std::ranges::sort(chosen, {}, [](const api::Question *q) { return std::pair(q->question->askedAt, q->id); });
    const api::Question *into = chosen.takeFirst();
    QStringList others;
    QList<qint64> otherIds;
    for (const api::Question *question : std::as_const(chosen)) {
        others.append(tr("“%1” (%2)").arg(question->question->text, question->askerName.value_or(tr("Someone"))));
        otherIds.append(question->id);
    }
    const QString text =
        tr("Merge %1 into “%2” (%3)? The merged questions leave the queue; their askers see the question they joined "
           "and its answer, and its votes count theirs. Unmerge takes it back.")
            .arg(others.join(u"; "_s), into->question->text, into->askerName.value_or(tr("Someone")));
    const qint64 target = into->id;
    askToConfirm(this,
                 {u"mergeQuestionsMessage"_s, tr("Merge questions"), text, tr("&Merge"),
                  u"mergeQuestionsConfirmButton"_s, tr("&Keep them apart")},
                 [this, otherIds, target] {
                     m_lastMerged = otherIds;
                     m_workspace->mergeQuestions(otherIds, target);
                     updateButtons();
                 });
}

void QuestionQueuePanel::unmerge()
{
    const api::Question *question = selectedQuestion();
    if (question && question->question && question->question->state == QuestionState::Merged) {
        m_lastMerged.removeAll(question->id);
        m_workspace->unmergeQuestions({question->id});
    } else if (!m_lastMerged.isEmpty()) {
        m_workspace->unmergeQuestions(std::exchange(m_lastMerged, {}));
    }
    updateButtons();
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
    {
        const QSignalBlocker blocker(m_sort);
        const int sort = std::max(0, m_sort->currentIndex());
        m_sort->clear();
        m_sort->addItem(tr("Newest first"), sortNewest);
        m_sort->addItem(tr("Most votes first"), sortVotes);
        m_sort->setCurrentIndex(sort);
        m_sort->setAccessibleName(tr("Sort questions"));
    }
    if (m_mayModerate) {
        m_answeredLive->setText(tr("Answered &live"));
        m_answeredLive->setToolTip(tr("Mark the selected question as answered live in the webinar (Ctrl+L)"));
        m_merge->setText(tr("&Merge…"));
        m_merge->setToolTip(tr("Merge the selected duplicates into the oldest of them (select two or more)"));
        m_unmerge->setText(tr("&Unmerge"));
        m_unmerge->setToolTip(tr("Take back the merge of the selected question, or the last merge"));
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
