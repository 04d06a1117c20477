#pragma once

#include "base/Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace regiekamer::ui {

// The ten recovery codes, shown once: Copy, Save (QSaveFile) and "I have stored them", which storedChanged
// reports (the dialog around it closes only once it is ticked). clear() wipes the codes from the widgets.
class RecoveryCodesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryCodesPage(QWidget *parent = nullptr);

    void setCodes(const QStringList &codes);
    QStringList codes() const;
    bool stored() const;
    void clear();
    // Writes the codes, one a line, to path (replaced whole or not at all).
    Status saveTo(const QString &path) const;

Q_SIGNALS:
    void storedChanged(bool stored);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copy();
    void save();
    QString text() const;

    QLabel *m_intro;
    QPlainTextEdit *m_codes;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_message;
    QCheckBox *m_stored;
};

} // namespace regiekamer::ui
