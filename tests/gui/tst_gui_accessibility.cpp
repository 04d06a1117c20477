// Keyboard and screen readers (issue 16): every window of every role, in English and Dutch, walked through Qt's
// accessibility tree (what AT-SPI hands Orca): every visible interactive element has a name that is not only its
// value or a symbol (a placeholder is not a label, a combo box needs a label), no access key is used twice in what
// can be reached at once, and no table keeps the Tab key (Tab leaves it; arrows move inside).
#include "GuiTestSupport.h"
#include "ServerProcess.h"
#include "dialogs/LoginDialog.h"
#include "session/SessionController.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using namespace regiekamer;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

bool hasLetter(const QString &text)
{
    return std::ranges::any_of(text, [](QChar c) { return c.isLetter(); });
}

// A QLabel with this widget as its buddy, or an accessible name set on purpose.
bool isLabelled(QAccessibleInterface *element, QWidget *widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return true;
    const auto labels = element->relations(QAccessible::Label);
    return std::ranges::any_of(labels, [](const auto &relation) {
        return relation.first && hasLetter(relation.first->text(QAccessible::Name));
    });
}

QString describe(QAccessibleInterface *element, QWidget *widget)
{
    return u"%1 \"%2\" (%3, role %4)"_s.arg(widget ? widget->objectName() : u"?"_s, element->text(QAccessible::Name),
                                            widget ? QString::fromLatin1(widget->metaObject()->className()) : QString(),
                                            QString::number(int(element->role())));
}

// What a screen reader would announce wrongly for this element, or nothing.
std::optional<QString> problemOf(QAccessibleInterface *element)
{
    auto *widget = qobject_cast<QWidget *>(element->object());
    const QAccessible::Role role = element->role();
    const QString name = element->text(QAccessible::Name).trimmed();
    if (role == QAccessible::PageTab)
        return hasLetter(name) ? std::nullopt : std::optional(u"tab without a name: "_s + describe(element, widget));
    if (!widget)
        return std::nullopt; // items inside tables and lists are named by their cells
    if (role == QAccessible::ComboBox || role == QAccessible::EditableText || role == QAccessible::SpinBox ||
        role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree) {
        if (!isLabelled(element, widget))
            return u"no label or accessible name: "_s + describe(element, widget);
        return std::nullopt;
    }
    if (!hasLetter(name))
        return u"no name in words: "_s + describe(element, widget);
    return std::nullopt;
}

void walk(QAccessibleInterface *element, QStringList &problems, int depth = 0)
{
    if (!element || depth > 40 || element->state().invisible)
        return;
    if (isInteractive(element->role())) {
        if (const auto problem = problemOf(element); problem && !problems.contains(*problem))
            problems << *problem;
        if (element->role() == QAccessible::Table || element->role() == QAccessible::List ||
            element->role() == QAccessible::Tree)
            return; // the cells are data, named by their text
    }
    for (int i = 0; i < element->childCount(); ++i)
        walk(element->child(i), problems, depth + 1);
}

// Every tab of every tab widget, in turn, so hidden pages are walked as well; message bars are shown for the walk.
QStringList problemsOfWindow(QWidget *window)
{
    QStringList problems;
    for (QWidget *bar : window->findChildren<QWidget *>()) {
        if (QByteArray(bar->metaObject()->className()).endsWith("MessageBar") && bar->parentWidget()->isVisible())
            bar->show();
    }
    walk(QAccessible::queryAccessibleInterface(window), problems);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            walk(QAccessible::queryAccessibleInterface(window), problems);
        }
        tabs->setCurrentIndex(current);
    }
    return problems;
}

// The access key of a text ("&Approve" -> A), or none.
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// Access keys used twice among what can be reached at once: the menu bar, and the visible buttons, labels with a
// buddy and tabs of the window as it is shown now.
QStringList accessKeyClashesNow(QWidget *window)
{
    QMultiMap<QChar, QString> owners;
    const auto note = [&owners](const QString &text) {
        if (const QChar key = accessKey(text); !key.isNull())
            owners.insert(key, text);
    };
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : mainWindow->menuBar()->actions())
            note(menu->text());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            note(button->text());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            note(label->text());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i)
            note(bar->tabText(i));
    }
    QStringList clashes;
    for (const QChar key : owners.uniqueKeys()) {
        if (owners.count(key) > 1)
            clashes << u"Alt+%1: %2"_s.arg(key.toUpper(), QStringList(owners.values(key)).join(u" / "_s));
    }
    return clashes;
}

QStringList accessKeyClashes(QWidget *window)
{
    QStringList clashes = accessKeyClashesNow(window);
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            clashes += accessKeyClashesNow(window);
        }
    }
    clashes.removeDuplicates();
    return clashes;
}

// Tables and lists that keep Tab: Tab must move the focus out of each one.
QStringList keyboardTraps(QWidget *window)
{
    QStringList traps;
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isVisible())
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
                if (!view->isVisible() || view->focusPolicy() == Qt::NoFocus || view->model() == nullptr)
                    continue;
                if (view->model()->rowCount() > 0) // a current cell: where Tab would move from cell to cell
                    view->setCurrentIndex(view->model()->index(0, 0));
                view->setFocus(Qt::TabFocusReason);
                if (!QTest::qWaitFor([view] { return view->hasFocus(); }, 1000))
                    continue;
                QTest::keyClick(view, Qt::Key_Tab);
                if (view->hasFocus() ||
                    (QApplication::focusWidget() && view->isAncestorOf(QApplication::focusWidget())))
                    traps << view->objectName();
            }
        }
    }
    traps.removeDuplicates();
    return traps;
}

} // namespace

class TstGuiAccessibility : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QCA::Initializer *m_crypto = new QCA::Initializer;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QAccessible::setActive(true);
        QVERIFY2(m_server.start({u"--demo"_s}), m_server.lastOutput().constData());
    }

    void init() { guitest::clearTrustStore(); }

    void everyElementIsNamedAndNoTableKeepsTab_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"nl"_s}) {
            for (Role role : {Role::Director, Role::Moderator, Role::ClientStaff, Role::Admin})
                QTest::addRow("%s %s", qPrintable(roleToWire(role)), qPrintable(language)) << role << language;
        }
    }

    void everyElementIsNamedAndNoTableKeepsTab()
    {
        QFETCH(Role, role);
        QFETCH(QString, language);
        ui::AppController controller({QString(), language});
        QWidget *view = guitest::signIn(controller, m_server, role, language);
        QVERIFY(view);
        QTest::qWait(500); // the lists have loaded
        QWidget *window = controller.mainWindow();
        QStringList problems = problemsOfWindow(window);
        problems += accessKeyClashes(window);
        const QStringList traps = keyboardTraps(window);
        if (!traps.isEmpty())
            problems << u"Tab stays inside: "_s + traps.join(u", "_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        controller.session()->signOut();
    }

    void signInWindowIsNamed()
    {
        ui::AppController controller({QString(), u"nl"_s});
        guitest::useCheapCache(controller);
        QVERIFY(controller.start());
        QWidget *dialog = controller.loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), guitest::timeoutMs);
        const QStringList problems = problemsOfWindow(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        guitest::clearTrustStore();
    }
};

QTEST_MAIN(TstGuiAccessibility)
#include "tst_gui_accessibility.moc"
