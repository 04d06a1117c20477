#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace regiekamer::ui {

// A non-blocking message line above a view (objectName "messageBar"): errors stay until closed or replaced,
// confirmations fade after a few seconds. Never a modal dialog, so a lost server cannot stack up boxes. Its place is
// kept while it is hidden and its height never changes, so nothing under it moves; each message is announced to
// screen readers.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    void showError(const QString &text);
    void showInformation(const QString &text);
    // A change that can be taken back: the message offers "Undo" (Alt+U) for ten seconds; `undo` runs on that click
    // only, and never once the message was replaced, closed or faded.
    void showUndoable(const QString &text, std::function<void()> undo);
    QString text() const;
    Kind kind() const;

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void keepPlace();
    void retranslate();

    QLabel *m_text;
    QToolButton *m_undo;
    QToolButton *m_close;
    QTimer *m_fade;
    Kind m_kind = Kind::Information;
    std::function<void()> m_undoAction;
};

} // namespace regiekamer::ui
