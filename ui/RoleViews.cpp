#include "RoleViews.h"

#include "StaffAccountModel.h"
#include "TableSection.h"
#include "WebinarListModel.h"

#include <QCoreApplication>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace regiekamer::ui {
namespace {

using Columns = client::WebinarListModel;

QString translated(const char *text)
{
    return QCoreApplication::translate("RoleViews", text);
}

TableSection *webinarSection(const char *heading, client::WebinarListModel *model, const QList<int> &columns,
                             QWidget *parent)
{
    auto *section = new TableSection([heading] { return translated(heading); }, model, Columns::SortRole, parent);
    section->setObjectName(u"webinarSection"_s);
    section->table()->setObjectName(u"webinarTable"_s);
    section->showOnlyColumns(columns);
    section->table()->sortByColumn(Columns::StartsAt, Qt::AscendingOrder);
    return section;
}

QWidget *wrap(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *view = new QWidget(parent);
    view->setObjectName(objectName);
    auto *layout = new QVBoxLayout(view);
    content->setParent(view);
    layout->addWidget(content);
    return view;
}

} // namespace

QString roleViewName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"adminView"_s;
    case Role::Director:
        return u"directorView"_s;
    case Role::Moderator:
        return u"moderatorView"_s;
    case Role::ClientStaff:
        return u"clientStaffView"_s;
    case Role::Viewer:
        break;
    }
    return {};
}

QWidget *createRoleView(Role role, client::WebinarListModel *webinars, client::StaffAccountModel *staffAccounts,
                        QWidget *parent)
{
    switch (role) {
    case Role::Director:
        return wrap(webinarSection(QT_TRANSLATE_NOOP("RoleViews", "Webinars assigned to you"), webinars,
                                   {Columns::Title, Columns::State, Columns::StartsAt, Columns::Registrations,
                                    Columns::OpenQuestions},
                                   nullptr),
                    roleViewName(Role::Director), parent);
    case Role::Moderator:
        return wrap(webinarSection(QT_TRANSLATE_NOOP("RoleViews", "Webinars you moderate"), webinars,
                                   {Columns::Title, Columns::State, Columns::StartsAt, Columns::OpenQuestions},
                                   nullptr),
                    roleViewName(Role::Moderator), parent);
    case Role::ClientStaff:
        return wrap(webinarSection(QT_TRANSLATE_NOOP("RoleViews", "Your organisation's webinars"), webinars,
                                   {Columns::Title, Columns::State, Columns::StartsAt, Columns::Registrations},
                                   nullptr),
                    roleViewName(Role::ClientStaff), parent);
    case Role::Admin: {
        auto *splitter = new QSplitter(Qt::Vertical);
        splitter->addWidget(webinarSection(QT_TRANSLATE_NOOP("RoleViews", "All webinars"), webinars,
                                           {Columns::Title, Columns::Organisation, Columns::State, Columns::StartsAt,
                                            Columns::Registrations, Columns::OpenQuestions},
                                           nullptr));
        auto *staff = new TableSection([] { return translated(QT_TRANSLATE_NOOP("RoleViews", "Staff accounts")); },
                                       staffAccounts, Qt::DisplayRole, nullptr);
        staff->setObjectName(u"staffSection"_s);
        staff->table()->setObjectName(u"staffTable"_s);
        splitter->addWidget(staff);
        return wrap(splitter, roleViewName(Role::Admin), parent);
    }
    case Role::Viewer:
        break;
    }
    return nullptr;
}

} // namespace regiekamer::ui
